// A sentence the engine says to a person, as data: a catalog key, its parameters, and the English text
// as the fallback for clients without catalogs (scripts, older windows). The renderer and the command
// line show it in the reader's language with translate(); `text` is what goes to logs.
import type { i18n as I18n } from 'i18next';
import type { MessageKey } from './catalog-types.js';
import { createI18n } from './instance.js';

/** A parameter: a name or number as it is, or another message (a cause inside a sentence). */
export type Param = string | number | Message;
export type Params = Readonly<Record<string, Param>>;

export interface Message {
  key: MessageKey;
  params?: Params;
  /** The English sentence, complete. */
  text: string;
}

export const isMessage = (v: unknown): v is Message =>
  typeof v === 'object' && v !== null && typeof (v as Message).key === 'string' && typeof (v as Message).text === 'string';

let englishInstance: I18n | null = null;
const englishT = () => (englishInstance ??= createI18n('en'));

/** The message in `i18n`'s language; an unknown key (a newer engine) falls back to its English text. */
export function translate(i18n: I18n, key: string, params?: Params, fallback?: string): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    values[name] = isMessage(value) ? translate(i18n, value.key, value.params, value.text) : value;
  }
  // The key type is checked where messages are made (says); here it may come from the wire.
  return (i18n.t as (k: string, o: object) => string)(key, { ...values, defaultValue: fallback ?? key });
}

/** Make a message: `throw new ApiError('conflict', says('engine:vm.running', { name }))`. */
export function says(key: MessageKey, params?: Params): Message {
  const text = translate(englishT(), key, params);
  return params ? { key, params, text } : { key, text };
}

/** A message in a given i18n's language (the renderer's, the command line's). */
export const tr = (i18n: I18n, m: Message): string => translate(i18n, m.key, m.params, m.text);
