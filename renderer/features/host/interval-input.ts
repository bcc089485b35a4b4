import { i18n } from '../../i18n/i18n.js';
import { checkSettingText } from './setting-input.js';

/** The statistics sampling interval's text (seconds), checked with the engine's own schema. */
export const checkIntervalText = (text: string) => checkSettingText('statsIntervalSec', text, i18n.t('host:settings.stats.blank'));
