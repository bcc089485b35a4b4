// Français : la traduction de ../en/app.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/app.js';

export default {} satisfies Translation<typeof en>;
