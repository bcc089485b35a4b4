// Français : la traduction de ../en/console.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/console.js';

export default {} satisfies Translation<typeof en>;
