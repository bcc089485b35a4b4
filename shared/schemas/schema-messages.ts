// The validator's sentences as messages (validation:... keys), so a form or an API error can be shown in
// the reader's language. zod carries only a message's text through a parse, so each sentence gets its
// key back after the parse, in one of three ways:
//   - a schema's own message is written with said() where the schema is defined: its text is
//     remembered with its key and parameters (fixed at definition time, so the table never grows with
//     what a user sends);
//   - a message that depends on the input (a duplicate port, a control character's position) is added
//     as a custom issue carrying its key and parameters (addMessageIssue);
//   - zod's generic issues (wrong type, unknown field...) are worded by genericMessage() from the
//     issue's own fields, the same function for the text and for the key.
import type { z } from 'zod';
import { says, type Message, type Params } from '../i18n/message.js';
import type { MessageKey } from '../i18n/catalog-types.js';

type ValidationKey = Extract<MessageKey, `validation:${string}`>;

const known = new Map<string, Message>();
const conflicts: string[] = [];

/**
 * A schema's own message, as the English text zod needs, remembered with its key. Call it only where a
 * schema is defined (module load), never with what a user sent.
 */
export function said(key: ValidationKey, params?: Params): string {
  const m = says(key, params);
  const before = known.get(m.text);
  if (!before) known.set(m.text, m);
  else if (before.key !== m.key || JSON.stringify(before.params) !== JSON.stringify(m.params)) conflicts.push(m.text);
  return m.text;
}

/** Texts said() was given twice with different keys (a test keeps this empty: one text, one meaning). */
export const saidConflicts = (): readonly string[] => conflicts;

/** The message a schema's own text was made from, if it was made by said(). */
export const knownMessage = (text: string): Message | null => known.get(text) ?? null;

/** Every text said() has made (for the test that every schema message has a key). */
export const knownTexts = (): ReadonlySet<string> => new Set(known.keys());

/** A custom issue that keeps its key and parameters through the parse (fieldIssues reads them back). */
export function addMessageIssue(ctx: z.RefinementCtx, path: PropertyKey[], m: Message): void {
  ctx.addIssue({ code: 'custom', path, message: m.text, params: { key: m.key, params: m.params } });
}

/** The message a custom issue carries (addMessageIssue), rebuilt from the issue. */
export function customMessage(issue: { code?: string; params?: unknown; message: string }): Message | null {
  if (issue.code !== 'custom' || typeof issue.params !== 'object' || issue.params === null) return null;
  const { key, params } = issue.params as { key?: unknown; params?: Params };
  if (typeof key !== 'string') return null;
  // The key is one addMessageIssue() took from a Message (a catalog key), never from the input.
  return { key: key as MessageKey, text: issue.message, ...(params ? { params } : {}) };
}

/** What a value is, as the generic messages name it ("got a list"). */
function kindOf(v: unknown): Message | string {
  if (v === undefined) return says('validation:kind.nothing');
  if (v === null) return says('validation:kind.null');
  if (Array.isArray(v)) return says('validation:kind.list');
  if (typeof v === 'number') return says(Number.isNaN(v) ? 'validation:kind.nan' : 'validation:kind.number');
  if (typeof v === 'string') return says('validation:kind.text');
  if (typeof v === 'object') return says('validation:kind.object');
  if (typeof v === 'boolean') return says('validation:kind.boolean');
  if (typeof v === 'bigint') return says('validation:kind.bigint');
  if (typeof v === 'function') return says('validation:kind.function');
  return says('validation:kind.symbol');
}

const EXPECTED: Record<string, ValidationKey> = {
  string: 'validation:kind.text',
  number: 'validation:kind.number',
  int: 'validation:kind.wholeNumber',
  boolean: 'validation:kind.trueOrFalse',
  object: 'validation:kind.object',
  array: 'validation:kind.list',
  null: 'validation:kind.null',
};

const quoteList = (vs: readonly unknown[]) => vs.map((v) => JSON.stringify(v)).join(', ');

/** The issue's fields zod keeps on the final issue (with reportInput, its input too). */
export type GenericIssue = z.core.$ZodRawIssue | z.core.$ZodIssue;

/**
 * zod's generic issues in our words: the cause and what to do. null for an issue we have no wording
 * for (zod's own then stands). Schemas' own messages win over these.
 */
export function genericMessage(iss: GenericIssue): Message | null {
  switch (iss.code) {
    case 'invalid_type': {
      const key = EXPECTED[iss.expected];
      const want = key ? says(key) : String(iss.expected);
      if (iss.input === undefined) return says('validation:generic.missing', { want });
      return says('validation:generic.wrongType', { want, got: kindOf(iss.input) });
    }
    case 'unrecognized_keys':
      return says('validation:generic.unknownFields', { count: iss.keys.length, fields: quoteList(iss.keys) });
    case 'invalid_value':
      return says('validation:generic.notOneOf', {
        values: quoteList(iss.values),
        got: iss.input === undefined ? says('validation:kind.nothing') : JSON.stringify(iss.input),
      });
    case 'invalid_union':
      return (iss as { note?: unknown }).note === 'No matching discriminator'
        ? says('validation:generic.unknownKind', { discriminator: String(iss.discriminator ?? 'kind') })
        : says('validation:generic.noShape');
    case 'too_big': {
      const max = Number(iss.maximum);
      if (iss.origin === 'string') return says('validation:generic.tooLong', { max });
      if (iss.origin === 'array') return says('validation:generic.tooManyItems', { max });
      return says('validation:generic.tooBig', { max });
    }
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'string') return min === 1 ? says('validation:generic.empty') : says('validation:generic.tooShort', { min });
      if (iss.origin === 'array') return says('validation:generic.tooFewItems', { count: min });
      return says('validation:generic.tooSmall', { min });
    }
    case 'invalid_format':
      return says('validation:generic.badFormat', { format: iss.format });
    case 'not_multiple_of':
      return says('validation:generic.multipleOf', { divisor: Number(iss.divisor) });
    default:
      return null;
  }
}
