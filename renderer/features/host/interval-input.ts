import { checkSettingText } from './setting-input.js';

/** The statistics sampling interval's text (seconds), checked with the engine's own schema. */
export const checkIntervalText = (text: string) => checkSettingText('statsIntervalSec', text, 'Give a number of seconds.');
