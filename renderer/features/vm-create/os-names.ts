// How an OS is named on screen. The engine names every OS (libosinfo's names are proper nouns and stay
// as they are) but its own fallback entry, which is words: that one is named in the reader's language.
import type { OsInfo } from '../../../shared/api.js';
import type { WizardT } from './review-text.js';

/** The engine's entry for "no OS known": its id, not its English name, says it is the one. */
const GENERIC_ID = 'generic';

/** The name a row, a heading or Review shows. */
export function osName(os: OsInfo, t: WizardT): string {
  return os.id === GENERIC_ID ? t('os.generic') : os.name;
}

/** "Linux", "BSD", "Windows", "Other" / "Autre": the family badge. */
export const familyName = (family: OsInfo['family'], t: WizardT): string => t(`os.family.${family}`);

/** What a row of the OS list shows, for the search (osMatches): name and family as the reader reads them. */
export const shownAs = (t: WizardT) => (os: OsInfo) => `${osName(os, t)} ${familyName(os.family, t)}`;
