import { checkSettingText } from './setting-input.js';

/** The serial scrollback field's text (KiB), checked with the engine's own schema. */
export const checkScrollbackText = (text: string) => checkSettingText('scrollbackKiB', text, 'Give a number of KiB.');
