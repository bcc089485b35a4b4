// One i18next instance per language user: the renderer's (which follows the person's choice), the
// command line's (LANG), and the engine's English one that writes every message's fallback text.
import i18next, { type i18n as I18n, type Module } from 'i18next';
import { resources, NAMESPACES } from './catalogs/index.js';
import {
  formatBytes,
  formatDate,
  formatDuration,
  formatMiB,
  formatNumber,
  formatPercent,
  formatRate,
  formatSeconds,
  formatTime,
} from './format.js';
import { languageOf, type Language } from './languages.js';

/**
 * The formats a catalog may use: "{{size, bytes}}", "{{memory, mib}}", "{{uptime, duration}}"... The
 * number is given as a number and formatted in the reader's language, never pre-formatted in English.
 */
const FORMATTERS: Record<string, (value: number, lng: Language) => string> = {
  number: (v, l) => formatNumber(v, l),
  bytes: formatBytes,
  mib: formatMiB,
  rate: formatRate,
  percent: formatPercent,
  duration: formatDuration,
  seconds: formatSeconds,
  time: formatTime,
  date: formatDate,
};

/** `plugins`: react-i18next's binding in the renderer; it must be registered before init. */
export function createI18n(lng: Language, plugins: readonly Module[] = []): I18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  // Synchronous: the resources are in the bundle, so the first render is already translated.
  void instance.init({
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    resources,
    ns: NAMESPACES,
    defaultNS: 'common',
    nsSeparator: ':',
    keySeparator: '.',
    initAsync: false,
    returnNull: false,
    // React escapes what it renders, and terminals and JSON need the text as it is.
    interpolation: { escapeValue: false },
  });
  for (const [name, format] of Object.entries(FORMATTERS)) {
    instance.services.formatter?.add(name, (value: unknown, l: string | undefined) =>
      typeof value === 'number' ? format(value, languageOf(l ?? lng) ?? 'en') : String(value),
    );
  }
  return instance;
}
