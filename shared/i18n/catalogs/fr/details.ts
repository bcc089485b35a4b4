// Français : la traduction de ../en/details.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/details.js';

export default {} satisfies Translation<typeof en>;
