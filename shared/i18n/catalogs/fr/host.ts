// Français : la traduction de ../en/host.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/host.js';

export default {} satisfies Translation<typeof en>;
