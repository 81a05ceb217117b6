import $protobuf from 'protobufjs/minimal.js';

// Decode uint64 as JS numbers (exact to 2^53) rather than Long objects: revisions and
// timestamps stay far below 2^53, and the generated .d.ts (--force-number) says number.
($protobuf.util as { Long: unknown }).Long = undefined;
$protobuf.configure();

/** The static encode/decode pair every generated message class has. */
export interface MessageCodec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(reader: Uint8Array): T;
}

/** Serializer for grpc-js: protobufjs returns a Buffer on Node, as grpc-js wants. */
export function serializer<T>(codec: MessageCodec<T>): (message: T) => Buffer {
  return (message) => codec.encode(message).finish() as Buffer;
}

export function deserializer<T>(codec: MessageCodec<T>): (bytes: Buffer) => T {
  return (bytes) => codec.decode(bytes);
}
