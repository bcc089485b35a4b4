// The zod schemas: the one source of the contract between the renderer and the engine.
export * from './fields.js';
export * from './vm-config.js';
export * from './create.js';
export * from './settings.js';
export * from './methods.js';
export * from './issues.js';
export * from './method-kit.js';
