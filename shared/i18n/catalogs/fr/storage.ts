// Français : la traduction de ../en/storage.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/storage.js';

export default {} satisfies Translation<typeof en>;
