import { Flex, Grid, Progress, Text, TextField } from '@radix-ui/themes';
import type { HostInfo } from '../../../../shared/model/index.js';
import { AccelField } from '../../../forms/AccelField.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { formatMiB } from '../../../lib/format.js';
import { MEMORY_WARN_SHARE, toNumber } from '../wizard-values.js';
import type { WizardForm } from '../useWizardForm.js';
import { cx } from '../../../lib/cx.js';
import styles from '../wizard.module.css';

/** How much of the host's memory the VM would take: green, amber above 80 %, red above all of it. */
function MemoryShare({ mib, host }: { mib: number | undefined; host: HostInfo }) {
  const share = mib && Number.isFinite(mib) ? mib / host.memTotalMiB : 0;
  const color = share > 1 ? 'red' : share > MEMORY_WARN_SHARE ? 'amber' : 'green';
  return (
    <Flex align="center" gap="2" className={styles.memoryShare}>
      <Progress
        size="1"
        className={styles.memoryBar}
        color={color}
        value={Math.min(100, Math.round(share * 100))}
        aria-label="Share of the host’s memory"
        aria-valuetext={`${Math.round(share * 100)} % of ${formatMiB(host.memTotalMiB)}`}
      />
      <Text size="1" color="gray" className={cx(styles.memoryShareText, 'numeric')}>
        {Math.round(share * 100)} % of {formatMiB(host.memTotalMiB)}
      </Text>
    </Flex>
  );
}

/** Step 3: memory and CPUs, bounded by the host, and how the CPU is run. */
export function ResourcesStep({ form }: { form: WizardForm }) {
  const { values, update, touch, host } = form;
  const memErr = form.error('memoryMiB');
  const cpuErr = form.error('cpus');
  const mib = toNumber(values.memoryMiB);
  const memWarn =
    host && mib && mib <= host.memTotalMiB && mib > host.memTotalMiB * MEMORY_WARN_SHARE
      ? `More than ${Math.round(MEMORY_WARN_SHARE * 100)} % of the host’s memory: the host itself may start swapping while the VM runs.`
      : undefined;
  return (
    <Flex direction="column" gap="4">
      <Grid columns="2" gap="4">
        <FormField
          id="wiz-memory"
          label="Memory (MiB)"
          error={memErr}
          warning={memWarn}
          hint={host ? `${formatMiB(host.memAvailableMiB)} of the host’s memory is free now. QEMU option: -m ${mib ?? '…'}` : undefined}
        >
          <TextField.Root
            {...fieldAria('wiz-memory', memErr)}
            inputMode="numeric"
            autoComplete="off"
            value={values.memoryMiB}
            onChange={(e) => update({ memoryMiB: e.target.value, userSet: { ...values.userSet, memoryMiB: true } }, 'memoryMiB')}
            onBlur={() => touch('memoryMiB')}
          >
            <TextField.Slot side="right">MiB</TextField.Slot>
          </TextField.Root>
          {host ? <MemoryShare mib={mib} host={host} /> : null}
        </FormField>
        <FormField
          id="wiz-cpus"
          label="CPUs"
          error={cpuErr}
          hint={host ? `This host has ${host.cpuThreads} CPU threads. QEMU option: -smp ${values.cpus.trim() || '…'}` : undefined}
        >
          <TextField.Root
            {...fieldAria('wiz-cpus', cpuErr)}
            inputMode="numeric"
            autoComplete="off"
            value={values.cpus}
            onChange={(e) => update({ cpus: e.target.value, userSet: { ...values.userSet, cpus: true } }, 'cpus')}
            onBlur={() => touch('cpus')}
          />
        </FormField>
      </Grid>

      <AccelField id="wiz-accel" host={host} value={values.accel} onChange={(accel) => update({ accel })} />
    </Flex>
  );
}
