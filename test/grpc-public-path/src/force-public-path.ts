import { forceGrpcPublicPath } from '@trellis/runtime';

// Every gate opened in this project's test files uses grpc-js's public API, whatever the apps' config says.
forceGrpcPublicPath();
