import { Flex, Grid, Progress, Text, TextField } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { HostInfo } from '../../../../shared/model/index.js';
import { AccelField } from '../../../forms/AccelField.js';
import { ConsoleDeviceField } from '../../../forms/ConsoleDeviceField.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { MEMORY_WARN_SHARE, toNumber, withConsoleDevice } from '../wizard-values.js';
import type { WizardForm } from '../useWizardForm.js';
import { cx } from '../../../lib/cx.js';
import styles from '../wizard.module.css';

/** The fields' ids: their labels and messages point at them. */
const MEMORY_ID = 'wiz-memory';
const CPUS_ID = 'wiz-cpus';

/** How much of the host's memory the VM would take: green, amber above 80 %, red above all of it. */
function MemoryShare({ mib, host }: { mib: number | undefined; host: HostInfo }) {
  const { t } = useTranslation('wizard');
  const share = mib && Number.isFinite(mib) ? mib / host.memTotalMiB : 0;
  const color = share > 1 ? 'red' : share > MEMORY_WARN_SHARE ? 'amber' : 'green';
  const text = t('resources.shareOf', { share: share * 100, total: host.memTotalMiB });
  return (
    <Flex align="center" gap="2" className={styles.memoryShare}>
      <Progress
        size="1"
        className={styles.memoryBar}
        color={color}
        value={Math.min(100, Math.round(share * 100))}
        aria-label={t('resources.memoryShare')}
        aria-valuetext={text}
      />
      <Text size="1" color="gray" className={cx(styles.memoryShareText, 'numeric')}>
        {text}
      </Text>
    </Flex>
  );
}

/** Step 3: memory and CPUs, bounded by the host, and how the CPU is run. */
export function ResourcesStep({ form }: { form: WizardForm }) {
  const { t } = useTranslation(['wizard', 'common']);
  const { values, update, touch, host } = form;
  const memErr = form.error('memoryMiB');
  const cpuErr = form.error('cpus');
  const mib = toNumber(values.memoryMiB, form.language);
  const cpus = toNumber(values.cpus, form.language);
  // The options as QEMU gets them: plain numbers, whatever the language ("…" while there is none).
  const asOption = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? String(n) : '…');
  const memWarn =
    host && mib && mib <= host.memTotalMiB && mib > host.memTotalMiB * MEMORY_WARN_SHARE
      ? t('resources.memoryWarn', { share: MEMORY_WARN_SHARE * 100 })
      : undefined;
  return (
    <Flex direction="column" gap="4">
      <Grid columns="2" gap="4">
        <FormField
          id={MEMORY_ID}
          label={t('resources.memory')}
          error={memErr}
          warning={memWarn}
          hint={host ? t('resources.memoryHint', { free: host.memAvailableMiB, mib: asOption(mib) }) : undefined}
        >
          <TextField.Root
            {...fieldAria(MEMORY_ID, memErr)}
            inputMode="numeric"
            autoComplete="off"
            value={values.memoryMiB}
            onChange={(e) => update({ memoryMiB: e.target.value, userSet: { ...values.userSet, memoryMiB: true } }, 'memoryMiB')}
            onBlur={() => touch('memoryMiB')}
          >
            <TextField.Slot side="right">{t('common:units.mib')}</TextField.Slot>
          </TextField.Root>
          {host ? <MemoryShare mib={mib} host={host} /> : null}
        </FormField>
        <FormField
          id={CPUS_ID}
          label={t('resources.cpus')}
          error={cpuErr}
          hint={host ? t('resources.cpusHint', { count: host.cpuThreads, cpus: asOption(cpus) }) : undefined}
        >
          <TextField.Root
            {...fieldAria(CPUS_ID, cpuErr)}
            inputMode="numeric"
            autoComplete="off"
            value={values.cpus}
            onChange={(e) => update({ cpus: e.target.value, userSet: { ...values.userSet, cpus: true } }, 'cpus')}
            onBlur={() => touch('cpus')}
          />
        </FormField>
      </Grid>

      <AccelField id="wiz-accel" host={host} value={values.accel} onChange={(accel) => update({ accel })} />
      <ConsoleDeviceField
        id="wiz-console"
        value={values.consoleDevice}
        onChange={(device) => form.updateWith((v) => withConsoleDevice(v, device))}
      />
    </Flex>
  );
}
