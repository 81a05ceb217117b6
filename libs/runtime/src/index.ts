export { createLogger, REDACTED_PATHS, type DestinationStream, type Logger, type LoggerOptions } from './logger';
export { loadConfig, type ConfigSource, type DeepPartial } from './config/load-config';
export { configProblems, formatConfigProblems, invalidConfig, type ConfigProblem } from './config/problems';
export { envSegment } from './config/schema-walk';
export { runMain, EXIT_FAILURE, EXIT_INVALID_CONFIG, type MainProcess } from './run-main';
export { createShutdown, DEFAULT_SHUTDOWN_HOOK_TIMEOUT_MS, type Shutdown, type ShutdownOptions, type SignalTarget } from './shutdown';
export { listenGrpc, shutdownGrpc } from './grpc-server';
export { createMetricsRegistry, type MetricsRegistryOptions } from './metrics';
export { startOpsServer, type HealthResult, type OpsRequest, type OpsResponse, type OpsServer, type OpsServerOptions } from './ops-server';
export {
  forceGrpcPublicPath,
  GRPC_FAST_PATH_VERSION,
  GRPC_PREFIX_BYTES,
  grpcFastPathState,
  installedGrpcVersion,
  openGrpcFastPath,
  PUBLIC_GRPC_PATH,
  type FramedSender,
  type GrpcFastPath,
  type GrpcFastPathGateOptions,
  type GrpcFastPathState,
} from './grpc-fast';
export { GrpcTlsSchema, grpcTlsProblems, resolveGrpcTls, resolveGrpcTlsEndpoints, grpcServerCredentials, grpcChannelCredentials, logGrpcTls, type GrpcTls, type GrpcTlsConfig } from './tls/grpc-tls';
export {
  PEER_ROLES,
  guardService,
  identityOfCertificate,
  identityUri,
  parseIdentityUri,
  peerIdentity,
  requireRoles,
  type AuthenticatedCall,
  type PeerIdentity,
  type PeerRole,
  type Refusal,
} from './tls/peer-identity';
export { CA_FILES, certificateFiles, ensureCertificateAuthority, issueCertificate, type CertificateFiles, type CertificateOptions, type CertificateRequest } from './tls/certificates';
