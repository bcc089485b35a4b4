// The Snapshots tab's engine calls. Each answers with the VM's snapshot tree as it is afterwards (the
// current mark moves with take and revert, children move up with a delete), and throws the ApiError
// so the dialog can show it.
import type { SnapshotInfo } from '../../../shared/api.js';
import type { VmSummary } from '../../../shared/model/index.js';
import type { SnapshotTree } from '../../../shared/schemas/power-methods.js';
import { api } from '../../api/client.js';
import { i18n, say } from '../../i18n/i18n.js';
import { notify } from '../../store/notices.js';

export function snapshotTree(vmId: string): Promise<SnapshotTree> {
  return api().snapshotTree({ id: vmId });
}

export async function takeSnapshot(vm: VmSummary, name: string, description: string | undefined): Promise<SnapshotTree> {
  const { filesystems } = await api().createSnapshot({ id: vm.id, name, description });
  notify({ tone: 'success', title: i18n.t('storage:take.done', { name }), message: filesystems && say(filesystems) });
  return snapshotTree(vm.id);
}

export async function revertSnapshot(vm: VmSummary, snap: SnapshotInfo): Promise<SnapshotTree> {
  await api().revertSnapshot({ id: vm.id, name: snap.name });
  notify({ tone: 'success', title: i18n.t('storage:revert.done', { vm: vm.name, snap: snap.name }) });
  return snapshotTree(vm.id);
}

export async function deleteSnapshot(vm: VmSummary, snap: SnapshotInfo): Promise<SnapshotTree> {
  await api().deleteSnapshot({ id: vm.id, name: snap.name });
  notify({ tone: 'success', title: i18n.t('storage:deleteSnapshot.done', { name: snap.name }) });
  return snapshotTree(vm.id);
}
