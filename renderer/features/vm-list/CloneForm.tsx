import { Button, Callout, Dialog, Flex, Progress, Spinner, Text, TextField } from '@radix-ui/themes';
import { InfoCircledIcon } from '@radix-ui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { ChoiceCards, type Choice } from '../../forms/ChoiceCards.js';
import { DialogForm } from '../../forms/DialogForm.js';
import { FormField, fieldAria } from '../../forms/FormField.js';
import { describeError } from '../../lib/errors.js';
import { canClone } from '../../lib/vm-state.js';
import { cancelTask, cloneVm } from '../../store/actions.js';
import { useOnline } from '../../store/link.js';
import { say } from '../../i18n/i18n.js';
import { notify } from '../../store/notices.js';
import { taskStateLabel, tasksSince, useTasks } from '../../store/tasks.js';
import { closeConfirm } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { cloneBlockers } from './clone-actions.js';
import { cloneNameError, defaultCloneName } from './clone-name.js';
import formStyles from '../../forms/forms.module.css';

type Mode = 'full' | 'linked';
type Blockers = Awaited<ReturnType<typeof cloneBlockers>>;

const MODES: readonly Mode[] = ['full', 'linked'];
const NAME_ID = 'clone-name';

/** The Clone dialog's form: the new VM's name, full copy or linked clone, then the copy's progress. */
export function CloneForm({ vm }: { vm: VmSummary }) {
  const { t } = useTranslation(['vmList', 'app', 'common']);
  const vms = useVms((s) => s.vms);
  const online = useOnline();
  const names = useMemo(() => Object.values(vms).map((v) => v.name), [vms]);
  const [name, setName] = useState(() => defaultCloneName(vm.name, names));
  const [mode, setMode] = useState<Mode>('full');
  const [touched, setTouched] = useState(false);
  const [since, setSince] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A full copy may take minutes: the dialog may close meanwhile, and a failure must then still be told.
  const shown = useRef(true);
  useEffect(() => () => void (shown.current = false), []);
  // What stops either mode, asked when the dialog opens: told before the choice, not after Clone.
  const [blockers, setBlockers] = useState<Blockers | null>(null);
  useEffect(() => {
    let stale = false;
    cloneBlockers(vm.id)
      .then((b) => {
        if (stale) return;
        setBlockers(b);
        if (b.linked.length) setMode('full');
      })
      .catch((err: unknown) => !stale && setError(describeError(err)));
    return () => {
      stale = true;
    };
    // The state is part of it: a VM that stops while the dialog is open may be cloned after all.
  }, [vm.id, vm.status.state]);

  const nameError = cloneNameError(name, names);
  const shownError = touched ? (nameError ?? undefined) : undefined;
  const cloning = since !== null;
  const modes: Array<Choice<Mode>> = MODES.map((m) => ({
    mode: m,
    title: t(`cloneDialog.${m}.title`),
    text: t(`cloneDialog.${m}.text`),
    disabled: !blockers || blockers[m].length > 0,
  }));
  const blocked = blockers ? blockers[mode] : [];

  async function onSubmit() {
    setTouched(true);
    if (nameError || cloning) return;
    setError(null);
    setSince(Date.now());
    try {
      await cloneVm(vm.id, name.trim(), mode);
      if (shown.current) closeConfirm();
    } catch (err) {
      if (shown.current) setError(describeError(err));
      else notify({ tone: 'error', title: t('app:failed.clone', { name: vm.name }), message: describeError(err) });
    } finally {
      if (shown.current) setSince(null);
    }
  }

  return (
    <DialogForm onSubmit={() => void onSubmit()}>
      <Dialog.Title>{t('cloneDialog.title', { name: vm.name })}</Dialog.Title>
      <Dialog.Description id="clone-description" size="2" color="gray" mb="4">
        {t('cloneDialog.description')}
      </Dialog.Description>
      <Flex direction="column" gap="4">
        <FormField id={NAME_ID} label={t('cloneDialog.name')} error={shownError}>
          <TextField.Root
            {...fieldAria(NAME_ID, shownError)}
            autoComplete="off"
            spellCheck={false}
            autoFocus
            disabled={cloning}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setTouched(true);
              setError(null);
            }}
          />
        </FormField>
        <ChoiceCards id="clone-mode" label={t('cloneDialog.disks')} choices={modes} value={mode} onChange={(m) => !cloning && setMode(m)} />
        {blockers === null && !error ? (
          <Flex align="center" gap="2" role="status">
            <Spinner size="1" />
            <Text size="2" color="gray">
              {t('cloneDialog.checking')}
            </Text>
          </Flex>
        ) : null}
        <CloneBlockersNote blockers={blockers} />
        {mode === 'linked' && blocked.length === 0 ? (
          <Callout.Root color="amber" size="1">
            <Callout.Icon>
              <InfoCircledIcon />
            </Callout.Icon>
            <Callout.Text>{t('cloneDialog.linkedNote')}</Callout.Text>
          </Callout.Root>
        ) : null}
        {cloning ? <CloneProgress vmId={vm.id} since={since} mode={mode} /> : null}
        {error ? <EngineErrorCallout message={error} /> : null}
      </Flex>
      <Flex gap="3" justify="end" mt="5">
        <Dialog.Close>
          <Button type="button" variant="soft" color="gray">
            {t(cloning ? 'common:action.close' : 'common:action.cancel')}
          </Button>
        </Dialog.Close>
        <Button
          type="submit"
          loading={cloning}
          disabled={!online || !canClone(vm) || !blockers || blocked.length > 0 || (touched && !!nameError)}
        >
          {t('cloneDialog.submit')}
        </Button>
      </Flex>
    </DialogForm>
  );
}

/** Why a mode is not offered: what blocks both, or only the linked clone, each with its fix. */
function CloneBlockersNote({ blockers }: { blockers: Blockers | null }) {
  const { t } = useTranslation('vmList');
  if (!blockers) return null;
  const both = blockers.full;
  const linkedOnly = blockers.linked.filter((b) => !both.some((x) => x.text === b.text)); // each its own object once sent
  if (!both.length && !linkedOnly.length) return null;
  return (
    <Callout.Root color={both.length ? 'red' : 'gray'} size="1" role="status">
      <Callout.Icon>
        <InfoCircledIcon />
      </Callout.Icon>
      <Flex direction="column" gap="1">
        {both.map((b) => (
          <Callout.Text key={b.text}>{say(b)}</Callout.Text>
        ))}
        {linkedOnly.map((b) => (
          <Callout.Text key={b.text}>
            <strong>{t('cloneDialog.noLinked')}</strong> {say(b)}
          </Callout.Text>
        ))}
      </Flex>
    </Callout.Root>
  );
}

/** The copy's task (percent, and Stop where the engine can stop it cleanly); a spinner until it reports. */
function CloneProgress({ vmId, since, mode }: { vmId: string; since: number; mode: Mode }) {
  const { t } = useTranslation('vmList');
  const all = useTasks((s) => s.tasks);
  const task = tasksSince(all, since)
    .filter((t) => t.vmId === vmId)
    .find((t) => t.state === 'running');
  if (!task) {
    return (
      <Flex align="center" gap="2" role="status">
        <Spinner size="1" />
        <Text size="2" color="gray">
          {t(mode === 'full' ? 'cloneDialog.copying' : 'cloneDialog.overlays')}
        </Text>
      </Flex>
    );
  }
  return (
    <Flex direction="column" gap="1" className={formStyles.taskProgress}>
      <Flex justify="between" align="center" gap="3">
        <Text size="2" id="clone-task-title">
          {say(task.title)}
        </Text>
        <Flex align="center" gap="3">
          <Text size="2" color="gray" className="numeric">
            {taskStateLabel(task)}
          </Text>
          {task.cancellable ? (
            <Button type="button" size="1" variant="soft" color="gray" onClick={() => void cancelTask(task)}>
              {t('cloneDialog.stop')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Progress value={Math.round(task.percent)} max={100} aria-labelledby="clone-task-title" />
      <Text size="1" color="gray">
        {t('cloneDialog.mayClose')}
      </Text>
    </Flex>
  );
}
