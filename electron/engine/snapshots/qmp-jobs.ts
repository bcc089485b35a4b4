// QMP background jobs (snapshot-save/-load/-delete): start one, follow it to the end, and dismiss it,
// because QEMU keeps a concluded snapshot job (and its error) until someone does.
import { ApiError } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import { QmpError, type QmpClient } from '../qmp/qmp-client.js';

interface JobInfo {
  id: string;
  status: string;
  'current-progress': number;
  'total-progress': number;
  error?: string;
}

const POLL_MS = 100;

export async function runJob(
  qmp: QmpClient,
  command: string,
  args: Record<string, unknown>,
  onProgress: (percent: number) => void,
): Promise<void> {
  const id = `virtdesk-${command}-${Date.now().toString(36)}`;
  await qmp.execute(command, { 'job-id': id, ...args });
  for (;;) {
    const job = (await qmp.execute<JobInfo[]>('query-jobs')).find((j) => j.id === id);
    if (!job) throw new ApiError('qemu', says('files:snapshots.lostJob', { command }));
    if (job.status === 'concluded' || job.status === 'null') {
      await qmp.execute('job-dismiss', { id }).catch(() => {});
      if (job.error) throw new ApiError('qemu', says('files:snapshots.failed', { command, error: job.error }));
      onProgress(100);
      return;
    }
    if (job['total-progress'] > 0) onProgress((job['current-progress'] / job['total-progress']) * 100);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Node names of the VM's writable disks (QEMU names them; VirtDesk's drives are disk0, disk1...). */
export async function writableDiskNodes(qmp: QmpClient): Promise<string[]> {
  const block = await qmp.execute<Array<{ device: string; inserted?: { 'node-name': string; ro: boolean } }>>('query-block');
  return block.filter((b) => /^disk\d+$/.test(b.device) && b.inserted && !b.inserted.ro).map((b) => b.inserted!['node-name']);
}

const HMP_VERB = { 'snapshot-save': 'savevm', 'snapshot-load': 'loadvm', 'snapshot-delete': 'delvm' } as const;

/**
 * A live snapshot operation: the QMP job where QEMU has it (6.0 and later), else HMP savevm/loadvm/
 * delvm, which do the same on every writable disk in one blocking step (no progress).
 */
export async function liveSnapshotOp(
  qmp: QmpClient,
  command: keyof typeof HMP_VERB,
  tag: string,
  onProgress: (percent: number) => void,
): Promise<void> {
  const nodes = await writableDiskNodes(qmp);
  const args = command === 'snapshot-delete' ? { tag, devices: nodes } : { tag, vmstate: nodes[0], devices: nodes };
  try {
    await runJob(qmp, command, args, onProgress);
  } catch (err) {
    if (!(err instanceof QmpError && err.qmpClass === 'CommandNotFound')) throw err;
    const answer = await qmp.hmp(`${HMP_VERB[command]} "${tag}"`);
    const problem = hmpProblem(answer);
    if (problem) throw new ApiError('qemu', says('files:snapshots.failed', { command: HMP_VERB[command], error: problem }));
    onProgress(100);
  }
}

/** Pure: HMP reports failures as its normal answer text, not as a QMP error; empty means it worked. */
export function hmpProblem(answer: string): string | null {
  const text = answer.trim();
  return text ? text.replace(/^Error: /, '') : null;
}
