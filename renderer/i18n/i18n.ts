// The window's language: the person's choice (Settings > Language), else the system's (Electron's
// locale and the browser's languages both reach navigator.languages). Remembered per browser profile,
// like the console's font size; the page's lang attribute follows it so screen readers and hyphenation do.
import { initReactI18next } from 'react-i18next';
import { create } from 'zustand';
import { createI18n, isLanguage, pickLanguage, tr, type Language, type Message } from '../../shared/i18n/index.js';

export type LanguageChoice = Language | 'system';
const KEY = 'virtdesk.language';

function loadChoice(): LanguageChoice {
  try {
    const saved = localStorage.getItem(KEY);
    return isLanguage(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

// Unit tests import this outside a browser: no navigator, document or storage there, so English.
const browser = typeof window !== 'undefined';
const systemLanguage = (): Language =>
  browser ? pickLanguage(navigator.languages.length ? navigator.languages : [navigator.language]) : 'en';
const resolve = (choice: LanguageChoice): Language => (choice === 'system' ? systemLanguage() : choice);

const initialChoice = loadChoice();
export const i18n = createI18n(resolve(initialChoice), [initReactI18next]);
if (browser) document.documentElement.lang = i18n.language;

export const useLanguage = create<{ choice: LanguageChoice; language: Language }>(() => ({
  choice: initialChoice,
  language: resolve(initialChoice),
}));

function apply(choice: LanguageChoice): void {
  const language = resolve(choice);
  useLanguage.setState({ choice, language });
  if (browser) document.documentElement.lang = language;
  void i18n.changeLanguage(language); // synchronous in effect: every catalog is in the bundle
}

export function setLanguageChoice(choice: LanguageChoice): void {
  apply(choice);
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    /* forgotten at the next start: the system's language again */
  }
}

if (browser) {
  // "System" follows a change of the browser's languages without a reload.
  window.addEventListener('languagechange', () => {
    if (useLanguage.getState().choice === 'system') apply('system');
  });
  // Another window of this profile (a console window) chose a language: follow it.
  window.addEventListener('storage', (e) => {
    if (e.key === KEY) apply(isLanguage(e.newValue) ? e.newValue : 'system');
  });
}

/** The language formats use outside React (lib/format.ts). */
export const currentLanguage = (): Language => useLanguage.getState().language;

/**
 * A sentence from the engine in the window's language. A plain string is what an engine that does not
 * send keys yet (or an older one) wrote: shown as it is.
 */
export const say = (m: Message | string): string => (typeof m === 'string' ? m : tr(i18n, m));
