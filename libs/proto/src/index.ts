// The codec module must be evaluated before any decode: it switches uint64 decoding to numbers.
export { deserializer, serializer, type MessageCodec } from './codec';
export { DistributionService, FeedService, FeedV2Service, encodeControllerMessage } from './services';
export { trellis } from './generated/trellis.js';
export { tags } from './generated/tags';
export {
  FRAME_PREFIX_BYTES,
  frameMessage,
  framedMessages,
  putFramePrefix,
  putString,
  putUint64,
  putVarint,
  stringFieldSize,
  uint64FieldSize,
  varintSize,
} from './wire';
