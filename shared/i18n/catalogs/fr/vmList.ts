// Français : la traduction de ../en/vmList.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/vmList.js';

export default {} satisfies Translation<typeof en>;
