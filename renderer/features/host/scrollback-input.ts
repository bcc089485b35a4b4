import { i18n } from '../../i18n/i18n.js';
import { checkSettingText } from './setting-input.js';

/** The serial scrollback field's text (KiB), checked with the engine's own schema. */
export const checkScrollbackText = (text: string) => checkSettingText('scrollbackKiB', text, i18n.t('host:settings.scrollback.blank'));
