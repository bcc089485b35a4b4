import { MAX_NAME_LENGTH, vmName } from '../../../shared/schemas/index.js';

const SUFFIX = ' clone';

/**
 * "<name> clone", then "<name> clone 2"...: never a name the engine would refuse as taken (names are
 * compared without case, as the engine does), and cut short so the suffix still fits.
 */
export function defaultCloneName(name: string, takenNames: string[]): string {
  const taken = new Set(takenNames.map((n) => n.trim().toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? SUFFIX : `${SUFFIX} ${i}`;
    const candidate = `${name.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** What is wrong with the clone's name, in the shared validator's words (the engine says the same); null = fine. */
export function cloneNameError(name: string, takenNames: string[]): string | null {
  const parsed = vmName.safeParse(name);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Not a valid name.';
  const wanted = parsed.data.toLowerCase();
  const clash = takenNames.find((n) => n.trim().toLowerCase() === wanted);
  return clash === undefined ? null : `A VM named "${clash}" exists already: choose another name.`;
}
