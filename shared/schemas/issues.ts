// How a failed check is told: every issue names its field (a dotted path like "patch.memoryMiB" or
// "source.isoPath"), the cause, and what to do. Our schemas carry their own sentences; this error map
// words zod's generic ones (wrong type, unknown field, not one of the choices...) the same way.
import { z } from 'zod';
import type { Params } from '../i18n/message.js';

export interface FieldIssue {
  /** Dotted path of the input field, "" for the argument as a whole. */
  path: string;
  /** English. */
  message: string;
  /** The same sentence as a catalog key (validation:...) and parameters, for a translated form. */
  key?: string;
  params?: Params;
}

const kindOf = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : 'a number';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
};

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

const quoteList = (vs: readonly unknown[]) => vs.map((v) => JSON.stringify(v)).join(', ');

/** zod's generic issues in our words (schemas' own messages win over this map). */
export const errorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type': {
      const want = EXPECTED[iss.expected] ?? iss.expected;
      if (iss.input === undefined) return `Missing: give ${want}.`;
      return `Expected ${want}, got ${kindOf(iss.input)}: send ${want}.`;
    }
    case 'unrecognized_keys':
      return `Unknown field${iss.keys.length > 1 ? 's' : ''} ${quoteList(iss.keys)}: remove ${iss.keys.length > 1 ? 'them' : 'it'} (check the spelling).`;
    case 'invalid_value':
      return `Use one of ${quoteList(iss.values)}, not ${JSON.stringify(iss.input) ?? 'nothing'}.`;
    case 'invalid_union':
      return iss.note === 'No matching discriminator'
        ? `Unknown ${String(iss.discriminator ?? 'kind')}: use one of the documented kinds.`
        : 'None of the accepted shapes matches: check the field against the documentation.';
    case 'too_big':
      if (iss.origin === 'string') return `At most ${iss.maximum} characters: shorten it.`;
      if (iss.origin === 'array') return `At most ${iss.maximum} items: remove some.`;
      return `At most ${iss.maximum}: give a smaller value.`;
    case 'too_small':
      if (iss.origin === 'string')
        return iss.minimum === 1 ? 'Empty: fill it in.' : `At least ${iss.minimum} characters: give a longer one.`;
      if (iss.origin === 'array')
        return `At least ${iss.minimum} item${iss.minimum === 1 ? '' : 's'}: add ${iss.minimum === 1 ? 'one' : 'more'}.`;
      return `At least ${iss.minimum}: give a larger value.`;
    case 'invalid_format':
      return `Not a valid ${iss.format}: check it.`;
    case 'not_multiple_of':
      return `Use a multiple of ${iss.divisor}.`;
    default:
      return undefined;
  }
};

export const pathOf = (path: readonly PropertyKey[]): string => path.map(String).join('.');

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  // An unknown field is reported at the field itself, not at the object that holds it.
  return error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({ path: pathOf([...i.path, k]), message: i.message }))
      : [{ path: pathOf(i.path), message: i.message }],
  );
}

/** "memoryMiB: This host has ..." - one line per problem, for error messages. */
export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n');
}

/** Field path -> its first message, for forms. */
export function fieldErrors(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.path] ??= i.message;
  return out;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Parse with our wording: the one way arguments, forms and stored files are checked. */
export function check<S extends z.ZodType>(schema: S, input: unknown): Checked<z.output<S>> {
  const r = schema.safeParse(input, { error: errorMap });
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: fieldIssues(r.error) };
}
