// Prometheus metrics of central-api's REST server.
export { metricsPlugin, UNMATCHED_ROUTE, type MetricsPluginOptions, type RevisionSource } from './metrics-plugin';
