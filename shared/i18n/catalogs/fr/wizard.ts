// Français : la traduction de ../en/wizard.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/wizard.js';

export default {} satisfies Translation<typeof en>;
