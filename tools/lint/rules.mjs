// Layering rules (see docs/architecture.md): which project types may depend on which, and which
// external packages a type must not use. Source of truth for tools/lint/boundaries.mjs.
export const ALLOWED_DEPENDENCIES = {
  'type:app': ['type:domain', 'type:store', 'type:proto', 'type:runtime', 'type:feed', 'type:l2', 'type:neutron'],
  'type:domain': [],
  'type:store': ['type:domain'],
  'type:proto': [],
  'type:runtime': ['type:domain'],
  'type:feed': ['type:domain', 'type:store', 'type:proto', 'type:runtime'],
  'type:l2': ['type:domain', 'type:proto'],
  'type:neutron': ['type:domain', 'type:store', 'type:runtime'],
  'type:testkit': ['type:domain', 'type:store', 'type:proto', 'type:runtime', 'type:feed', 'type:l2', 'type:neutron'],
  // Browser code (the topology page): talks to central over HTTP only, imports nothing internal.
  'type:ui': [],
  'type:e2e': ['type:app', 'type:domain', 'type:store', 'type:proto', 'type:runtime', 'type:feed', 'type:l2', 'type:neutron', 'type:testkit'],
  'type:tools': ['type:domain', 'type:store', 'type:proto', 'type:runtime', 'type:feed', 'type:l2', 'type:neutron', 'type:testkit', 'type:app'],
};

/** Test files may also use the test kit. */
export const TEST_ONLY_DEPENDENCIES = ['type:testkit'];

/** External packages a project type must not import (the domain stays framework-free). */
export const FORBIDDEN_PACKAGES = {
  'type:domain': ['fastify', '@grpc/grpc-js', 'lmdb', 'pino', 'etcd3', 'ws', 'protobufjs'],
  'type:proto': ['fastify', 'lmdb', 'pino', 'etcd3'],
  'type:store': ['fastify', '@grpc/grpc-js', 'ws'],
};
