// Français : la traduction de ../en/teach.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/teach.js';

export default {} satisfies Translation<typeof en>;
