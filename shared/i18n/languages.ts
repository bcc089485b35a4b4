// The languages VirtDesk speaks, and how one is chosen from what the system or the browser prefers.
// Pure: the renderer passes navigator.languages, the command line passes its environment.

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the language menu shows: each language in its own words, so a person can find theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

export const isLanguage = (v: unknown): v is Language => (LANGUAGES as readonly unknown[]).includes(v);

/** "fr-CA", "fr_FR.UTF-8", "FR" -> "fr"; anything we do not speak -> null. */
export function languageOf(tag: string): Language | null {
  const primary =
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? '';
  return isLanguage(primary) ? primary : null;
}

/** The first preference we speak (["de-DE", "fr-FR", "en"] -> "fr"), else English. */
export function pickLanguage(preferences: readonly string[]): Language {
  for (const p of preferences) {
    const lang = languageOf(p);
    if (lang) return lang;
  }
  return 'en';
}

/**
 * A terminal's language as gettext decides it: LANGUAGE (a colon list) unless the locale is C/POSIX,
 * then LC_ALL, LC_MESSAGES, LANG. "C" and "POSIX" mean untranslated: English.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (locale === 'C' || locale === 'POSIX' || locale.startsWith('C.')) return 'en';
  return pickLanguage([...(env.LANGUAGE ? env.LANGUAGE.split(':') : []), locale]);
}
