export * from './vm-config.js';
export * from './vm-state.js';
export * from './vm-results.js';
export * from './storage.js';
export * from './host-info.js';
export * from './stats.js';
export * from './guest-info.js';
export type { Settings } from '../schemas/settings.js';
export * from './command.js';
