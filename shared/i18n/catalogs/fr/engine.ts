// Français : la traduction de ../en/engine.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/engine.js';

export default {} satisfies Translation<typeof en>;
