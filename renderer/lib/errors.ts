import { ApiError } from '../../shared/api.js';
import { translate } from '../../shared/i18n/index.js';
import type { FieldIssue } from '../../shared/schemas/issues.js';
import { i18n } from '../i18n/i18n.js';

/** An issue's sentence in the window's language (its English text when it carries no key). */
export const issueText = (i: FieldIssue): string => (i.key ? translate(i18n, i.key, i.params, i.message) : i.message);

function issuesOf(details: unknown): FieldIssue[] | null {
  const issues = (details as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as FieldIssue[]) : null;
}

/**
 * The message to show a person: the engine's own wording (it names the cause and the fix), in the
 * window's language when the engine sent its key, else as the engine wrote it.
 */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) {
    const issues = issuesOf(err.details);
    if (issues?.some((i) => i.key)) return issues.map((i) => (i.path ? `${i.path}: ${issueText(i)}` : issueText(i))).join('\n');
    return err.key ? translate(i18n, err.key, err.params, err.message) : err.message;
  }
  if (err instanceof Error) return err.message;
  return String(err);
}
