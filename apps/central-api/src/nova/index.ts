// Nova external-event callbacks: what buildApp wires to the port service's events.
export { NovaNotifier, NOVA_DEFAULTS, type NovaNotifierOptions, type NovaSettings, type PortChangeSink } from './nova-notifier';
export { NovaConfigSchema, type NovaConfig } from './nova-config';
export { connectPortEvents, type PortEventPort, type PortEventSource } from './port-events-adapter';
export { dataChangeEvent, deleteEvent, isNovaPort, isUuidLike, statusChangeEvent, type NovaEvent, type NovaEventName, type NovaPort } from './nova-event';
export { externalEventsUrl } from './nova-client';
export { keystoneNovaAccess, staticNovaAccess, type KeystoneNovaAccessOptions, type NovaAccess, type NovaTarget } from './nova-access';
