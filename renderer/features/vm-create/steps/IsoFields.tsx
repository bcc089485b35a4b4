import { Button, Flex, Text, TextField } from '@radix-ui/themes';
import { CounterClockwiseClockIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { readRecentMedia } from '../recent-media.js';
import type { WizardForm } from '../useWizardForm.js';
import styles from '../wizard.module.css';

const ID = 'wiz-iso';

function splitPath(path: string): { dir: string; file: string } {
  const i = path.lastIndexOf('/');
  return { dir: path.slice(0, i + 1), file: path.slice(i + 1) };
}

/** The installer ISO: typed, or picked from the media used before (kept in this browser). */
export function IsoFields({ form }: { form: WizardForm }) {
  const { values, update, touch } = form;
  const [recent] = useState(readRecentMedia);
  const error = form.error('source.isoPath');
  return (
    <Flex direction="column" gap="3">
      <FormField
        id={ID}
        label="Install ISO"
        error={error}
        hint="The full path of the .iso file on the machine where the VirtDesk engine runs. VirtDesk reads its volume label to tell which OS it installs."
      >
        <TextField.Root
          {...fieldAria(ID, error)}
          className="mono-input"
          placeholder="/var/lib/isos/debian-12.5.0-amd64-netinst.iso"
          autoComplete="off"
          spellCheck={false}
          value={values.isoPath}
          onChange={(e) => update({ isoPath: e.target.value }, 'source.isoPath')}
          onBlur={() => touch('source.isoPath')}
        />
      </FormField>
      {recent.length ? (
        <Flex direction="column" gap="1" role="group" aria-labelledby="wiz-recent-title">
          <Flex align="center" gap="1" id="wiz-recent-title">
            <CounterClockwiseClockIcon color="var(--gray-10)" aria-hidden />
            <Text size="1" color="gray" weight="medium">
              Recently used
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
                  aria-label={`Use ${p}`}
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
