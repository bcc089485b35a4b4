import { Callout, Checkbox, Code, DataList, Flex, Heading, Skeleton, Text } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import type { OsInfo } from '../../../../shared/api.js';
import type { VmConfig } from '../../../../shared/model/index.js';
import type { CreateReview, PlannedDisk } from '../../../../shared/schemas/wizard-methods.js';
import { CommandBlock } from '../../../forms/CommandBlock.js';
import { formatBytes, formatMiB } from '../../../lib/format.js';
import { autoAccelLabel } from '../../../lib/host-verdict.js';
import type { WizardForm } from '../useWizardForm.js';
import type { WizardValues } from '../wizard-values.js';
import { CreateProgress } from './CreateProgress.js';
import styles from '../wizard.module.css';

export interface PreviewState {
  loading: boolean;
  preview: CreateReview | null;
}

const IMPORT_MODE = { convert: 'converted to qcow2', overlay: 'as the backing file of an overlay', use: 'used in place' };
const BOOT = { cdrom: 'CD-ROM', disk: 'disk', network: 'network' };

function sourceText(v: WizardValues): string {
  switch (v.sourceKind) {
    case 'iso':
      return `Install ISO ${v.isoPath.trim()}`;
    case 'import':
      return `Disk image ${v.importPath.trim()}, ${IMPORT_MODE[v.importMode]}`;
    case 'kernel':
      return `Kernel ${v.kernel.trim()}${v.initrd.trim() ? ` with ${v.initrd.trim()}` : ''}`;
    case 'pxe':
      return 'Network boot (PXE)';
  }
}

const ORIGIN: Record<PlannedDisk['origin'], string> = {
  new: 'new',
  converted: 'converted copy',
  overlay: 'overlay on the image',
  'in-place': 'the image, used in place',
  existing: 'existing image',
};

/** "20 GiB qcow2, new, grows as the guest writes · virtio": the size the guest sees, and what the host gives. */
export function diskText(d: PlannedDisk): string {
  const host =
    d.hostBytes !== null
      ? d.origin === 'new'
        ? ', all of it on the host at once'
        : `, about ${formatBytes(d.hostBytes)} on the host`
      : d.origin === 'new' || d.origin === 'overlay'
        ? ', grows as the guest writes'
        : '';
  return `${formatBytes(d.virtualSize)} ${d.format}, ${ORIGIN[d.origin]}${host} · ${d.bus}`;
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
  if (disks.length === 0) return <>None</>;
  return (
    <Flex direction="column" gap="1">
      {disks.map((d) => (
        <span key={d.path}>
          <PathText path={d.path} />
          <br />
          <Text color="gray">{diskText(d)}</Text>
        </span>
      ))}
    </Flex>
  );
}

function networkText(c: VmConfig): string {
  if (c.nics.length === 0) return 'None';
  return c.nics
    .map((n) => {
      const net =
        n.network.mode === 'user'
          ? `user networking (NAT)${n.network.forwards.length ? `, ${n.network.forwards.map((f) => `${f.hostPort}→${f.guestPort}/${f.proto}`).join(', ')}` : ''}`
          : `bridge ${n.network.bridge}`;
      return `${n.model} ${n.mac}, ${net}`;
    })
    .join('; ');
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
  const v = form.values;
  const config = review?.config ?? null;
  const wait = (node: React.ReactNode) => (config ? node : <Skeleton>loading the plan</Skeleton>);
  return (
    <DataList.Root size="1">
      <Row label="Name">{v.name.trim()}</Row>
      <Row label="VM id">{wait(<span className="path">{config?.id}</span>)}</Row>
      <Row label="Operating system">{os?.name ?? 'Not known: generic defaults'}</Row>
      <Row label="Install from">
        <span className="path">{sourceText(v)}</span>
      </Row>
      <Row label="Memory and CPUs">
        {formatMiB(Number(v.memoryMiB))}, {v.cpus.trim()} {v.cpus.trim() === '1' ? 'CPU' : 'CPUs'} ·{' '}
        {v.accel === 'auto' ? autoAccelLabel(form.host) : v.accel === 'kvm' ? 'KVM' : 'Emulation (TCG)'}
      </Row>
      <Row label="Disks">{wait(review ? <DiskList disks={review.disks} /> : null)}</Row>
      <Row label="Network">{wait(config ? networkText(config) : null)}</Row>
      <Row label="Machine">
        {wait(
          config
            ? `${config.machine}, ${config.firmware === 'uefi' ? 'UEFI' : 'BIOS'}, boots from ${config.kernel ? 'the kernel' : config.boot.order.map((b) => BOOT[b]).join(', then ')}`
            : null,
        )}
      </Row>
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
            {preview.warnings.map((w) => (
              <Callout.Text key={w}>{w}</Callout.Text>
            ))}
          </Flex>
        </Callout.Root>
      ) : null}

      <Flex asChild gap="2" align="start" className={styles.customizeChoice}>
        <Text as="label" size="2">
          <Checkbox mt="2px" checked={customize} onCheckedChange={(c) => onCustomize(c === true)} disabled={creating} />
          <Flex direction="column" gap="1">
            <span>Customize before install</span>
            <Text size="1" color="gray">
              {customize
                ? 'After creating, VirtDesk opens the VM’s hardware details instead of starting it.'
                : 'After creating, VirtDesk starts the VM and shows its console.'}
            </Text>
          </Flex>
        </Text>
      </Flex>

      {creating && createdSince !== null ? (
        <CreateProgress since={createdSince} convert={form.values.sourceKind === 'import' && form.values.importMode === 'convert'} />
      ) : null}

      <section aria-labelledby="wiz-commands-title">
        <Heading as="h4" size="2" id="wiz-commands-title" mb="1">
          Commands VirtDesk will run
        </Heading>
        <Text as="p" size="1" color="gray" mb="2">
          Creating runs the <Code size="1">qemu-img</Code> lines; starting runs <Code size="1">qemu-system-x86_64</Code>. Paste them into a
          terminal to do the same by hand.
        </Text>
        {loading && !preview ? (
          <Skeleton height="72px" />
        ) : preview ? (
          <Flex direction="column" gap="2">
            {preview.commands.map((c, i) => (
              <CommandBlock key={i} command={c} label={commandLabel(preview.commands, i)} />
            ))}
          </Flex>
        ) : null}
      </section>
    </Flex>
  );
}

/** "the qemu-img command", "the qemu-system-x86_64 command", numbered when a program runs twice. */
export function commandLabel(commands: readonly string[], i: number): string {
  const program = (c: string) => c.trimStart().split(/\s+/)[0]?.split('/').pop() ?? 'command';
  const name = program(commands[i] ?? '');
  const same = commands.map(program).filter((p) => p === name).length;
  const nth = commands
    .slice(0, i + 1)
    .map(program)
    .filter((p) => p === name).length;
  return same > 1 ? `the ${name} command ${nth}` : `the ${name} command`;
}
