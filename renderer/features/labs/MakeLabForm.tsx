import { Button, Callout, Checkbox, Dialog, Flex, Heading, Progress, Spinner, Text, TextField } from '@radix-ui/themes';
import { InfoCircledIcon } from '@radix-ui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../../shared/api.js';
import type { VmSummary } from '../../../shared/model/index.js';
import { CommandBlock } from '../../forms/CommandBlock.js';
import { DialogForm } from '../../forms/DialogForm.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { FormField, fieldAria } from '../../forms/FormField.js';
import { say } from '../../i18n/i18n.js';
import { describeError, issueText } from '../../lib/errors.js';
import { useOnline } from '../../store/link.js';
import { notify } from '../../store/notices.js';
import { taskStateLabel, tasksSince, useTasks } from '../../store/tasks.js';
import { useVms } from '../../store/vms.js';
import { createLab, previewLab } from './lab-actions.js';
import { defaultLabName, labFieldIssues } from './lab-names.js';
import { closeLabDialogs } from './lab-ui.js';
import styles from './labs.module.css';

type Preview = ResultOf<'previewLab'>;
const NAME_ID = 'lab-name';
const COUNT_ID = 'lab-count';

/** "Make a lab…": the lab's name, how many VMs, NAT kept or not; what it will make and run; then progress. */
export function MakeLabForm({ vm }: { vm: VmSummary }) {
  const { t } = useTranslation(['labs', 'common']);
  const online = useOnline();
  const all = useVms((s) => s.vms);
  const [name, setName] = useState(() => defaultLabName(Object.values(all), 3));
  const [countText, setCountText] = useState('3');
  const [keepNat, setKeepNat] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [since, setSince] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = useRef(true);
  useEffect(() => () => void (shown.current = false), []);

  const count = Number(countText);
  const issues = labFieldIssues(name.trim(), count);
  const valid = !issues.name && !issues.count;
  const hasNat = vm.config?.nics.some((n) => n.network.mode === 'user') ?? false;
  const arg = useMemo(() => ({ id: vm.id, lab: name.trim(), count, keepNat }), [vm.id, name, count, keepNat]);

  // The engine's own plan, asked again as the input changes (and when the VM's state or the list does).
  const listKey = Object.keys(all).length;
  useEffect(() => {
    if (!valid) return void setPreview(null);
    let stale = false;
    const timer = setTimeout(() => {
      previewLab(arg)
        .then((p) => !stale && setPreview(p))
        .catch((err: unknown) => !stale && setError(describeError(err)));
    }, 200);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [arg, valid, vm.status.state, listKey]);

  const making = since !== null;
  const blocked = !preview || preview.blockers.length > 0;

  async function onSubmit() {
    if (!valid || making || blocked) return;
    setError(null);
    setSince(Date.now());
    try {
      await createLab(arg);
      if (shown.current) closeLabDialogs();
    } catch (err) {
      if (shown.current) setError(describeError(err));
      else notify({ tone: 'error', title: t('failedUi.make', { lab: arg.lab }), message: describeError(err) });
    } finally {
      if (shown.current) setSince(null);
    }
  }

  const nameError = issues.name ? issueText(issues.name) : undefined;
  const countError = issues.count ? issueText(issues.count) : undefined;
  return (
    <DialogForm onSubmit={() => void onSubmit()}>
      <Dialog.Title>{t('dialog.title', { name: vm.name })}</Dialog.Title>
      <Dialog.Description size="2" color="gray" mb="4">
        {t('dialog.description')}
      </Dialog.Description>
      <Flex direction="column" gap="4">
        <Flex gap="3" wrap="wrap">
          <div className={styles.nameField}>
            <FormField
              id={NAME_ID}
              label={t('dialog.name')}
              error={nameError}
              hint={valid ? t('dialog.nameHint', { first: `${arg.lab}-1`, last: `${arg.lab}-${count}` }) : undefined}
            >
              <TextField.Root
                {...fieldAria(NAME_ID, nameError)}
                autoComplete="off"
                spellCheck={false}
                autoFocus
                disabled={making}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </FormField>
          </div>
          <div className={styles.countField}>
            <FormField id={COUNT_ID} label={t('dialog.count')} error={countError}>
              <TextField.Root
                {...fieldAria(COUNT_ID, countError)}
                type="number"
                min={2}
                max={16}
                disabled={making}
                value={countText}
                onChange={(e) => setCountText(e.target.value)}
              />
            </FormField>
          </div>
        </Flex>
        <Text as="label" size="2">
          <Flex gap="2" align="center">
            <Checkbox checked={keepNat && hasNat} disabled={making || !hasNat} onCheckedChange={(c) => setKeepNat(c === true)} />
            {t('dialog.keepNat')}
          </Flex>
        </Text>
        {preview ? <LabPlan preview={preview} /> : valid && !error ? <Waiting label={t('dialog.checking')} /> : null}
        {making ? <LabProgress vmId={vm.id} since={since} /> : null}
        {error ? <EngineErrorCallout message={error} /> : null}
      </Flex>
      <Flex gap="3" justify="end" mt="5">
        <Dialog.Close>
          <Button type="button" variant="soft" color="gray">
            {t(making ? 'common:action.close' : 'common:action.cancel')}
          </Button>
        </Dialog.Close>
        <Button type="submit" loading={making} disabled={!online || !valid || blocked}>
          {t('dialog.submit')}
        </Button>
      </Flex>
    </DialogForm>
  );
}

/** A spinner and what is awaited: the engine's plan, or the task's first report. */
function Waiting({ label }: { label: string }) {
  return (
    <Flex align="center" gap="2" role="status">
      <Spinner size="1" />
      <Text size="2" color="gray">
        {label}
      </Text>
    </Flex>
  );
}

/** The VMs it will make with their networks, what stops it, and the exact commands. */
function LabPlan({ preview }: { preview: Preview }) {
  const { t } = useTranslation('labs');
  if (preview.blockers.length) {
    return (
      <Callout.Root color="red" size="1" role="status">
        <Callout.Icon>
          <InfoCircledIcon />
        </Callout.Icon>
        <Flex direction="column" gap="1">
          {preview.blockers.map((b) => (
            <Callout.Text key={b.text}>{say(b)}</Callout.Text>
          ))}
        </Flex>
      </Callout.Root>
    );
  }
  return (
    <Flex direction="column" gap="2">
      <Heading as="h3" size="2">
        {t('dialog.plan')}
      </Heading>
      <ul className={styles.planList} aria-label={t('dialog.plan')}>
        {preview.vms.map((v) => (
          <li key={v.name}>
            <Text size="2" weight="medium">
              {v.name}
            </Text>{' '}
            <Text size="2" color="gray">
              {v.nics
                .map((n) => (n.network.mode === 'private' ? t('dialog.nicPrivate', { network: n.network.network }) : t('dialog.nicNat')))
                .join(' + ')}
            </Text>
          </li>
        ))}
      </ul>
      <Text size="1" color="gray">
        {t('dialog.linkedNote')}
      </Text>
      {/* Folded: the dialog stays short in a small window; one click shows exactly what runs. */}
      <details className={styles.commandsFold}>
        <summary>
          <Text size="2" weight="bold">
            {t('dialog.commands', { count: preview.commands.length })}
          </Text>
        </summary>
        <div className={styles.commands}>
          {preview.commands.map((c, i) => (
            <CommandBlock key={i} command={c} label={t('dialog.command', { n: i + 1 })} />
          ))}
        </div>
        <Text as="p" size="1" color="gray" mt="1">
          {t('dialog.commandsNote', { first: preview.vms[0]?.name ?? '' })}
        </Text>
      </details>
    </Flex>
  );
}

/** The lab's task: which VM it is making, and the percent. */
function LabProgress({ vmId, since }: { vmId: string; since: number }) {
  const { t } = useTranslation('labs');
  const all = useTasks((s) => s.tasks);
  const task = tasksSince(all, since).find((x) => x.vmId === vmId && x.state === 'running');
  if (!task) return <Waiting label={t('dialog.making')} />;
  return (
    <Flex direction="column" gap="1">
      <Flex justify="between" gap="3">
        <Text size="2" id="lab-task-title">
          {say(task.title)}
        </Text>
        <Text size="2" color="gray" className="numeric">
          {taskStateLabel(task)}
        </Text>
      </Flex>
      <Progress value={Math.round(task.percent)} max={100} aria-labelledby="lab-task-title" />
      <Text size="1" color="gray">
        {t('dialog.mayClose')}
      </Text>
    </Flex>
  );
}
