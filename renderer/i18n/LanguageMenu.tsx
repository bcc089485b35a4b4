import { DropdownMenu, IconButton, Tooltip } from '@radix-ui/themes';
import { GlobeIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, pickLanguage } from '../../shared/i18n/index.js';
import { setLanguageChoice, useLanguage, type LanguageChoice } from './i18n.js';

/**
 * The toolbar's language menu: System (what the desktop or browser prefers), English, Français. Each
 * language is named in its own words, so a person who cannot read the current one still finds theirs.
 */
export function LanguageMenu() {
  const { t } = useTranslation('common');
  const choice = useLanguage((s) => s.choice);
  const system = pickLanguage(navigator.languages.length ? navigator.languages : [navigator.language]);
  return (
    <DropdownMenu.Root>
      <Tooltip content={t('language.hint')}>
        <DropdownMenu.Trigger>
          <IconButton variant="ghost" color="gray" aria-label={t('language.label')}>
            <GlobeIcon width="18" height="18" />
          </IconButton>
        </DropdownMenu.Trigger>
      </Tooltip>
      <DropdownMenu.Content align="end">
        <DropdownMenu.Label>{t('language.label')}</DropdownMenu.Label>
        <DropdownMenu.RadioGroup value={choice} onValueChange={(v) => setLanguageChoice(v as LanguageChoice)}>
          <DropdownMenu.RadioItem value="system">{t('language.system', { language: LANGUAGE_NAMES[system] })}</DropdownMenu.RadioItem>
          {LANGUAGES.map((lang) => (
            <DropdownMenu.RadioItem key={lang} value={lang} lang={lang}>
              {LANGUAGE_NAMES[lang]}
            </DropdownMenu.RadioItem>
          ))}
        </DropdownMenu.RadioGroup>
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}
