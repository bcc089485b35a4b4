// Français : la traduction de ../en/validation.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/validation.js';

export default {} satisfies Translation<typeof en>;
