export * from './vm-config.js';
export * from './vm-state.js';
export * from './host-info.js';
export * from './stats.js';
