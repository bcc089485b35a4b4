import { MAX_NAME_LENGTH, vmName } from '../../../shared/schemas/index.js';
import { check } from '../../../shared/schemas/issues.js';
import { i18n } from '../../i18n/i18n.js';
import { issueText } from '../../lib/errors.js';

/**
 * "<name> clone", then "<name> clone 2"...: never a name the engine would refuse as taken (names are
 * compared without case, as the engine does), and cut short so the suffix still fits. The word is the
 * window's language's ("clone" in both English and French).
 */
export function defaultCloneName(name: string, takenNames: string[]): string {
  const taken = new Set(takenNames.map((n) => n.trim().toLowerCase()));
  const word = ` ${i18n.t('vmList:cloneDialog.suffix')}`;
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? word : `${word} ${i}`;
    const candidate = `${name.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** What is wrong with the clone's name, in the shared validator's words (the engine says the same); null = fine. */
export function cloneNameError(name: string, takenNames: string[]): string | null {
  const parsed = check(vmName, name);
  if (!parsed.ok) {
    const issue = parsed.issues[0];
    return issue ? issueText(issue) : i18n.t('vmList:cloneDialog.invalidName');
  }
  const wanted = parsed.value.toLowerCase();
  const clash = takenNames.find((n) => n.trim().toLowerCase() === wanted);
  return clash === undefined ? null : i18n.t('vmList:cloneDialog.nameTaken', { name: clash });
}
