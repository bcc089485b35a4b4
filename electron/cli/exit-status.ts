// What `virtdesk COMMAND` exits with, and how a failure is told: in the reader's language on stderr,
// or, with --json, as one JSON object on stdout (scripts read one document whatever happened).
import type { i18n as I18n } from 'i18next';
import { ApiError, type ApiErrorCode, type ApiErrorShape } from '../../shared/api.js';
import { says, tr, type Message } from '../../shared/i18n/index.js';
import { issueMessage, type FieldIssue } from '../../shared/schemas/issues.js';
import { messageOf } from '../engine/engine-messages.js';
import { UsageError } from './command-line.js';

/** Documented in README ("Command line") and in the help: scripts depend on them. */
export const EXIT = { ok: 0, failed: 1, usage: 2, notFound: 3, conflict: 4 } as const;

const BY_CODE: Record<ApiErrorCode, number> = {
  invalid: EXIT.usage,
  'not-found': EXIT.notFound,
  conflict: EXIT.conflict,
  qemu: EXIT.failed,
  io: EXIT.failed,
  internal: EXIT.failed,
};

export function exitStatusOf(err: unknown): number {
  if (err instanceof UsageError) return EXIT.usage;
  return err instanceof ApiError ? BY_CODE[err.code] : EXIT.failed;
}

const issuesOf = (err: ApiError): FieldIssue[] => {
  const issues = (err.details as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as FieldIssue[]) : [];
};

/**
 * The failure as a person reads it, in i18n's language. A refused argument lists every field with
 * its own sentence (serve() sends them as issues, each with its catalog key).
 */
export function describeFailure(err: unknown, i18n: I18n): string {
  if (err instanceof UsageError) return tr(i18n, err.said);
  if (err instanceof ApiError && err.code === 'invalid' && issuesOf(err).length) {
    const lines = issuesOf(err).map((i) => {
      const said = issueMessage(i);
      const message = typeof said === 'string' ? said : tr(i18n, said);
      return i.path ? tr(i18n, says('cli:issue', { field: i.path, message })) : message;
    });
    return [tr(i18n, says('cli:invalidInput')), ...lines.map((l) => `  ${l}`)].join('\n');
  }
  return tr(i18n, messageOf(err));
}

/** The failure as JSON: the API's error shape (English message, key and params), plus the exit status. */
export function failureJson(err: unknown, i18n: I18n): { error: ApiErrorShape & { text: string; exitStatus: number } } {
  const shape: ApiErrorShape =
    err instanceof ApiError
      ? err.toJSON()
      : err instanceof UsageError
        ? { code: 'invalid', message: err.said.text, key: err.said.key, ...(err.said.params ? { params: err.said.params } : {}) }
        : { code: 'internal', message: err instanceof Error ? err.message : String(err) };
  return { error: { ...shape, text: describeFailure(err, i18n), exitStatus: exitStatusOf(err) } };
}

/** A Message in the reader's language (a shorthand the commands share). */
export const say = (i18n: I18n, m: Message): string => tr(i18n, m);
