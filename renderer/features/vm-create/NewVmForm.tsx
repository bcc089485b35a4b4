import { Button, Callout, Dialog, Flex, Grid, Select, Spinner, Text, TextField } from '@radix-ui/themes';
import { CrossCircledIcon } from '@radix-ui/react-icons';
import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Accel, HostInfo } from '../../../shared/model/index.js';
import { createVm } from '../../store/actions.js';
import { useVms } from '../../store/vms.js';
import { describeError } from '../../lib/errors.js';
import { autoAccelLabel } from '../../lib/host-verdict.js';
import { check, initialValues, type FieldName, type FormValues } from './create-form.js';
import { AccelHint, KvmRiskCallout } from './AccelHint.js';
import { FormField } from './FormField.js';

/** "Automatic" says what it resolves to on this host, from the KVM self-test's verdict. */
function accelChoices(host: HostInfo | null): { value: Accel; label: string }[] {
  return [
    { value: 'auto', label: autoAccelLabel(host) },
    { value: 'kvm', label: 'KVM (hardware)' },
    { value: 'tcg', label: 'Emulation (TCG, slower)' },
  ];
}

export function NewVmForm({ onDone }: { onDone: () => void }) {
  const host = useVms((s) => s.host);
  const [values, setValues] = useState<FormValues>(() => initialValues(host));
  const [touched, setTouched] = useState<Partial<Record<FieldName, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [creating, setCreating] = useState(false);
  const [engineError, setEngineError] = useState<string | null>(null);
  const checked = useMemo(() => check(values, host), [values, host]);

  const shown = (field: FieldName) =>
    submitted || touched[field] ? checked.errors[field] : undefined;

  const set = (field: FieldName) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setTouched((t) => ({ ...t, [field]: true }));
  };
  const touch = (field: FieldName) => () => setTouched((t) => ({ ...t, [field]: true }));

  /** Props for a text input: wiring of value, touch state and its message. */
  const input = (field: FieldName) => ({
    id: `new-vm-${field}`,
    value: values[field],
    onChange: (e: { target: { value: string } }) => set(field)(e.target.value),
    onBlur: touch(field),
    'aria-invalid': shown(field) ? true : undefined,
    'aria-describedby': `new-vm-${field}-msg`,
  });

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    setSubmitted(true);
    if (!checked.ok || creating) return;
    setCreating(true);
    setEngineError(null);
    try {
      await createVm(checked.input);
      onDone();
    } catch (err) {
      setEngineError(describeError(err));
    } finally {
      setCreating(false);
    }
  }

  // With Create disabled the browser skips implicit submission, so Enter would otherwise do nothing
  // at all; show every message instead.
  function onKeyDown(ev: KeyboardEvent<HTMLFormElement>) {
    if (ev.key === 'Enter' && ev.target instanceof HTMLInputElement && !checked.ok) {
      ev.preventDefault();
      setSubmitted(true);
    }
  }

  return (
    <form onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
      <Flex direction="column" gap="4">
        <FormField id="new-vm-name" label="Name" error={shown('name')}>
          <TextField.Root {...input('name')} placeholder="e.g. debian-12" autoComplete="off" spellCheck={false} />
        </FormField>

        <FormField
          id="new-vm-isoPath"
          label="Install ISO"
          error={shown('isoPath')}
          hint="Full path of the ISO file on the machine where the VirtDesk engine runs."
        >
          <TextField.Root
            {...input('isoPath')}
            placeholder="/var/lib/isos/debian-12-netinst.iso"
            autoComplete="off"
            spellCheck={false}
            className="mono-input"
          />
        </FormField>

        <Grid columns="3" gap="3">
          <FormField
            id="new-vm-memoryMiB"
            label="Memory (MiB)"
            error={shown('memoryMiB')}
            hint={host ? `Host has ${host.memTotalMiB} MiB` : undefined}
          >
            <TextField.Root {...input('memoryMiB')} inputMode="numeric" autoComplete="off" />
          </FormField>
          <FormField
            id="new-vm-cpus"
            label="CPUs"
            error={shown('cpus')}
            hint={host ? `Host has ${host.cpuThreads} threads` : undefined}
          >
            <TextField.Root {...input('cpus')} inputMode="numeric" autoComplete="off" />
          </FormField>
          <FormField
            id="new-vm-diskGiB"
            label="Disk size (GiB)"
            error={shown('diskGiB')}
            hint="qcow2: grows as used"
          >
            <TextField.Root {...input('diskGiB')} inputMode="decimal" autoComplete="off" />
          </FormField>
        </Grid>

        <FormField
          id="new-vm-accel"
          label="Accelerator"
          error={shown('accel')}
          hint={<AccelHint host={host} accel={values.accel} />}
        >
          <Select.Root value={values.accel} onValueChange={(v) => set('accel')(v)}>
            <Select.Trigger
              id="new-vm-accel"
              aria-label="Accelerator"
              aria-describedby="new-vm-accel-msg"
            />
            <Select.Content position="popper">
              {accelChoices(host).map((c) => (
                <Select.Item key={c.value} value={c.value}>
                  {c.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </FormField>
        {/* Picked by hand against the host check's verdict: what will happen, and where to look. */}
        {values.accel === 'kvm' && host && !host.kvm.usable ? <KvmRiskCallout host={host} /> : null}

        {engineError ? (
          <Callout.Root color="red" role="alert" size="1">
            <Callout.Icon>
              <CrossCircledIcon />
            </Callout.Icon>
            <Callout.Text className="pre-wrap">{engineError}</Callout.Text>
          </Callout.Root>
        ) : null}

        <Flex gap="3" justify="end" align="center" mt="1">
          {(Object.keys(checked.errors) as FieldName[]).some((f) => shown(f)) ? (
            <Text size="1" color="gray" mr="auto">
              Fix the marked fields to continue.
            </Text>
          ) : null}
          <Dialog.Close>
            <Button type="button" variant="soft" color="gray">
              Cancel
            </Button>
          </Dialog.Close>
          <Button type="submit" disabled={!checked.ok || creating}>
            {creating ? <Spinner size="1" /> : null}
            Create
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
