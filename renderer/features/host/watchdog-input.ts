import { i18n } from '../../i18n/i18n.js';
import { checkSettingText } from './setting-input.js';

/** The watchdog field's text, checked with the engine's own schema: a number or the message to show. */
export const checkWatchdogText = (text: string) => checkSettingText('kvmWatchdogSec', text, i18n.t('host:settings.watchdog.blank'));
