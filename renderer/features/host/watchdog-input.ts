import { checkSettingText } from './setting-input.js';

/** The watchdog field's text, checked with the engine's own schema: a number or the message to show. */
export const checkWatchdogText = (text: string) => checkSettingText('kvmWatchdogSec', text, 'Give a number of seconds.');
