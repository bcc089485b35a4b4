import { Callout, Checkbox, Code, DataList, Flex, Heading, Skeleton, Text } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { Trans, useTranslation } from 'react-i18next';
import type { OsInfo } from '../../../../shared/api.js';
import type { CreateReview, PlannedDisk } from '../../../../shared/schemas/wizard-methods.js';
import { CommandBlock } from '../../../forms/CommandBlock.js';
import { CommandExplained } from '../../../forms/CommandExplained.js';
import { GuestAgentField } from '../../../forms/GuestAgentField.js';
import { autoAccelLabel } from '../../../lib/host-verdict.js';
import { say } from '../../../i18n/i18n.js';
import { osName } from '../os-names.js';
import { commandLabel, diskText, machineText, networkText, sourceText } from '../review-text.js';
import type { WizardForm } from '../useWizardForm.js';
import { toNumber } from '../wizard-values.js';
import { CreateProgress } from './CreateProgress.js';
import styles from '../wizard.module.css';

export interface PreviewState {
  loading: boolean;
  preview: CreateReview | null;
}

/** A path that wraps after a slash rather than inside a name ("disk0.qcow" / "2"), and anywhere only when a name is longer than the line. */
function PathText({ path }: { path: string }) {
  const parts = path.split('/');
  return (
    <span className={styles.reviewPath}>
      {parts.map((p, i) => (
        <span key={i}>
          {p}
          {i < parts.length - 1 ? (
            <>
              /<wbr />
            </>
          ) : null}
        </span>
      ))}
    </span>
  );
}

function DiskList({ disks }: { disks: PlannedDisk[] }) {
  const { t } = useTranslation(['wizard', 'common']);
  if (disks.length === 0) return <>{t('common:state.none')}</>;
  return (
    <Flex direction="column" gap="1">
      {disks.map((d) => (
        <span key={d.path}>
          <PathText path={d.path} />
          <br />
          <Text color="gray">{diskText(d, t)}</Text>
        </span>
      ))}
    </Flex>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataList.Item align="baseline">
      <DataList.Label minWidth="120px">{label}</DataList.Label>
      <DataList.Value className={styles.reviewValue}>{children}</DataList.Value>
    </DataList.Item>
  );
}

function Summary({ form, review, os }: { form: WizardForm; review: CreateReview | null; os: OsInfo | null }) {
  const { t } = useTranslation(['wizard', 'common']);
  const v = form.values;
  const config = review?.config ?? null;
  const wait = (node: React.ReactNode) => (config ? node : <Skeleton>{t('review.loadingPlan')}</Skeleton>);
  // Review is reached with a valid form: the numbers as the schema read them.
  const memory = form.check.input?.memoryMiB ?? toNumber(v.memoryMiB, form.language) ?? 0;
  const cpus = form.check.input?.cpus ?? toNumber(v.cpus, form.language) ?? 0;
  const accel = v.accel === 'auto' ? autoAccelLabel(form.host) : v.accel === 'kvm' ? t('review.kvm') : t('review.tcg');
  return (
    <DataList.Root size="1">
      <Row label={t('review.name')}>{v.name.trim()}</Row>
      <Row label={t('review.id')}>{wait(<span className="path">{config?.id}</span>)}</Row>
      <Row label={t('review.os')}>{os ? osName(os, t) : t('review.osUnknown')}</Row>
      <Row label={t('review.from')}>
        <span className="path">{sourceText(v, t)}</span>
      </Row>
      <Row label={t('review.resources')}>{t('review.memoryCpus', { memory, count: cpus, accel })}</Row>
      <Row label={t('review.disks')}>{wait(review ? <DiskList disks={review.disks} /> : null)}</Row>
      <Row label={t('review.network')}>{wait(config ? (networkText(config, t) ?? t('common:state.none')) : null)}</Row>
      <Row label={t('review.machine')}>{wait(config ? machineText(config, t) : null)}</Row>
    </DataList.Root>
  );
}

/** Step 6: what will be made and the exact commands VirtDesk will run. */
export function ReviewStep({
  form,
  state,
  os,
  customize,
  onCustomize,
  creating,
  createdSince,
}: {
  form: WizardForm;
  state: PreviewState;
  os: OsInfo | null;
  customize: boolean;
  onCustomize: (on: boolean) => void;
  creating: boolean;
  createdSince: number | null;
}) {
  const { t } = useTranslation('wizard');
  const { preview, loading } = state;
  return (
    <Flex direction="column" gap="4">
      <Summary form={form} review={preview} os={os} />

      {preview?.warnings.length ? (
        <Callout.Root color="amber" size="1" role="status">
          <Callout.Icon>
            <ExclamationTriangleIcon />
          </Callout.Icon>
          <Flex direction="column" gap="1">
            {preview.warnings.map((w, i) => (
              <Callout.Text key={i}>{say(w)}</Callout.Text>
            ))}
          </Flex>
        </Callout.Root>
      ) : null}

      <GuestAgentField
        id="wiz-guest-agent"
        className={styles.customizeChoice}
        checked={form.values.guestAgent}
        onChange={(guestAgent) => form.update({ guestAgent })}
        disabled={creating}
      />

      <Flex asChild gap="2" align="start" className={styles.customizeChoice}>
        <Text as="label" size="2">
          <Checkbox mt="2px" checked={customize} onCheckedChange={(c) => onCustomize(c === true)} disabled={creating} />
          <Flex direction="column" gap="1">
            <span>{t('review.customize')}</span>
            <Text size="1" color="gray">
              {customize ? t('review.customizeOn') : t('review.customizeOff')}
            </Text>
          </Flex>
        </Text>
      </Flex>

      {creating && createdSince !== null ? (
        <CreateProgress since={createdSince} convert={form.values.sourceKind === 'import' && form.values.importMode === 'convert'} />
      ) : null}

      <section aria-labelledby="wiz-commands-title">
        <Heading as="h4" size="2" id="wiz-commands-title" mb="1">
          {t('review.commands')}
        </Heading>
        <Text as="p" size="1" color="gray" mb="2">
          <Trans t={t} i18nKey="review.commandsText" components={{ code: <Code size="1" /> }} />
        </Text>
        {loading && !preview ? (
          <Skeleton height="72px" />
        ) : preview ? (
          <Flex direction="column" gap="2">
            {preview.commands.map((c, i) => (
              <CommandBlock key={i} command={c} label={commandLabel(preview.commands, i, t)} />
            ))}
            <CommandExplained explained={preview.explained} />
          </Flex>
        ) : null}
      </section>
    </Flex>
  );
}
