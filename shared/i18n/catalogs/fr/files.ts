// Français : la traduction de ../en/files.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/files.js';

export default {} satisfies Translation<typeof en>;
