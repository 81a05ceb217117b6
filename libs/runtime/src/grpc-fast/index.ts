export { openGrpcFastPath, PUBLIC_GRPC_PATH, type FramedSender, type GrpcFastPath } from './grpc-fast-path';
export { forceGrpcPublicPath, GRPC_FAST_PATH_VERSION, grpcFastPathState, installedGrpcVersion, type GrpcFastPathGateOptions, type GrpcFastPathState } from './version-gate';
export { GRPC_PREFIX_BYTES } from './server-inbound';
