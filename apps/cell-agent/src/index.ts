// What other projects (cross-app tests, benchmarks) may start a cell-agent with.
export { buildApp, type BuildCellAgentOptions, type CellAgent } from './app';
export { CellAgentConfigSchema, DEFAULT_CELL_AGENT_CONFIG, type CellAgentConfig } from './config';
export { CELL_AGENT_COLLECTIONS } from './replica/collections';
