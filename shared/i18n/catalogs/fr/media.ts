// Français : la traduction de ../en/media.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/media.js';

export default {} satisfies Translation<typeof en>;
