// How a failed check is told: every issue names its field (a dotted path like "patch.memoryMiB" or
// "source.isoPath"), the cause, and what to do. Our schemas carry their own sentences; this error map
// words zod's generic ones (wrong type, unknown field, not one of the choices...) the same way. Every
// issue also carries its sentence's catalog key and parameters (schema-messages.ts), for other languages.
import { z } from 'zod';
import type { MessageKey } from '../i18n/catalog-types.js';
import type { Message, Params } from '../i18n/message.js';
import { customMessage, genericMessage, knownMessage } from './schema-messages.js';

export interface FieldIssue {
  /** Dotted path of the input field, "" for the argument as a whole. */
  path: string;
  /** English. */
  message: string;
  /**
   * The same sentence as a catalog key (validation:..., or another namespace's for an engine check)
   * and parameters, for a translated form. Absent only for a text no catalog has.
   */
  key?: string;
  params?: Params;
}

/** zod's generic issues in our words (schemas' own messages win over this map). */
export const errorMap: z.core.$ZodErrorMap = (iss) => genericMessage(iss)?.text;

/**
 * The message an issue's text was made from: a custom issue's own, a schema's (said()), or zod's
 * generic wording re-derived from the issue. null when the text came from none of them (English only).
 */
function messageOf(issue: z.core.$ZodIssue): Message | null {
  const m = customMessage(issue) ?? knownMessage(issue.message) ?? genericMessage(issue);
  return m && m.text === issue.message ? m : null;
}

export const pathOf = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** An issue at `path` told by a message (a host limit, an engine check). */
export const messageIssue = (path: string, m: Message): FieldIssue => ({
  path,
  message: m.text,
  key: m.key,
  ...(m.params ? { params: m.params } : {}),
});

/** An issue's sentence as a message (to put inside another): its key where it has one, else its English text. */
export const issueMessage = (i: FieldIssue): Message | string =>
  i.key ? { key: i.key as MessageKey, text: i.message, ...(i.params ? { params: i.params } : {}) } : i.message;

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((i) => {
    const m = messageOf(i);
    // An unknown field is reported at the field itself, not at the object that holds it.
    const paths = i.code === 'unrecognized_keys' ? i.keys.map((k) => [...i.path, k]) : [i.path];
    return paths.map((p) => (m ? messageIssue(pathOf(p), m) : { path: pathOf(p), message: i.message }));
  });
}

/** "memoryMiB: This host has ..." - one line per problem, for error messages. */
export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n');
}

/**
 * Field path -> its first message, for forms. `text` words each issue: the English message by default,
 * a form passes its translation (the renderer's issueText, which reads key and params).
 */
export function fieldErrors(issues: readonly FieldIssue[], text: (i: FieldIssue) => string = (i) => i.message): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.path] ??= text(i);
  return out;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Parse with our wording: the one way arguments, forms and stored files are checked. */
export function check<S extends z.ZodType>(schema: S, input: unknown): Checked<z.output<S>> {
  // reportInput: the final issues keep the input, which the generic wording names ("got a list").
  const r = schema.safeParse(input, { error: errorMap, reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: fieldIssues(r.error) };
}
