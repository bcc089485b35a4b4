import { Button, Flex, Text } from '@radix-ui/themes';
import { CounterClockwiseClockIcon } from '@radix-ui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../forms/FormField.js';
import { PathField } from '../../../forms/PathField.js';
import { takeCreatePreset } from '../../../store/ui.js';
import { readRecentMedia } from '../recent-media.js';
import type { WizardForm } from '../useWizardForm.js';
import styles from '../wizard.module.css';

const ID = 'wiz-iso';
/** A path is the same in every language. */
const PLACEHOLDER = '/var/lib/isos/debian-12.5.0-amd64-netinst.iso';

function splitPath(path: string): { dir: string; file: string } {
  const i = path.lastIndexOf('/');
  return { dir: path.slice(0, i + 1), file: path.slice(i + 1) };
}

/** The installer ISO: typed, browsed for, or picked from the media used before (kept in this browser). */
export function IsoFields({ form }: { form: WizardForm }) {
  const { t } = useTranslation('wizard');
  const { values, update, touch } = form;
  const [recent] = useState(readRecentMedia);
  const error = form.error('source.isoPath');
  // The wizard opened for one ISO (the library, a dropped or opened file): it fills the field once.
  useEffect(() => {
    const preset = takeCreatePreset();
    if (preset) update({ isoPath: preset.isoPath }, 'source.isoPath');
  }, [update]);
  return (
    <Flex direction="column" gap="3">
      <FormField id={ID} label={t('iso.label')} error={error} hint={t('iso.hint')}>
        <PathField
          id={ID}
          kind="iso"
          error={error}
          placeholder={PLACEHOLDER}
          value={values.isoPath}
          onChange={(isoPath) => update({ isoPath }, 'source.isoPath')}
          onBlur={() => touch('source.isoPath')}
        />
      </FormField>
      {recent.length ? (
        <Flex direction="column" gap="1" role="group" aria-labelledby="wiz-recent-title">
          <Flex align="center" gap="1" id="wiz-recent-title">
            <CounterClockwiseClockIcon color="var(--gray-10)" aria-hidden />
            <Text size="1" color="gray" weight="medium">
              {t('iso.recent')}
            </Text>
          </Flex>
          <Flex direction="column" className={styles.recentMedia}>
            {recent.map((p) => {
              const { dir, file } = splitPath(p);
              return (
                <Button
                  key={p}
                  type="button"
                  variant="ghost"
                  color="gray"
                  size="1"
                  className={styles.recentItem}
                  aria-label={t('iso.use', { path: p })}
                  aria-pressed={values.isoPath.trim() === p}
                  onClick={() => update({ isoPath: p }, 'source.isoPath')}
                >
                  <Text size="1" weight="medium" className={styles.recentFile}>
                    {file}
                  </Text>
                  <Text size="1" color="gray" truncate className={styles.recentDir}>
                    {dir}
                  </Text>
                </Button>
              );
            })}
          </Flex>
        </Flex>
      ) : null}
    </Flex>
  );
}
