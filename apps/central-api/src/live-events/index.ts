// Live events: the store's changes as JSON over a WebSocket, for dashboards and watch tools.
export { liveEventsPlugin, LIVE_EVENTS_DEFAULTS, type LiveEventsOptions } from './live-events-plugin';
export { CLOSE_SERVER_ERROR, CLOSE_SLOW_CLIENT } from './event-stream';
export type { LiveChange, LiveMessage } from './event-messages';
