// VirtDesk's words in English and French: catalogs, messages the engine sends, locale formats.
export * from './languages.js';
export * from './format.js';
export * from './message.js';
export { createI18n } from './instance.js';
export type { MessageKey, Translation } from './catalog-types.js';
export { NAMESPACES, type Namespace, type Catalogs } from './catalogs/index.js';
