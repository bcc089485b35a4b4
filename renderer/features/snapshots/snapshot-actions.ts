// The Snapshots tab's engine calls. Each answers with the VM's snapshot list as it is afterwards, and
// throws the ApiError so the dialog can show it.
import type { SnapshotInfo, SnapshotList } from '../../../shared/api.js';
import type { VmSummary } from '../../../shared/model/index.js';
import { api } from '../../api/client.js';
import { notify } from '../../store/notices.js';

export function listSnapshots(vmId: string): Promise<SnapshotList> {
  return api().listSnapshots({ id: vmId });
}

export async function takeSnapshot(vm: VmSummary, name: string, description: string | undefined): Promise<SnapshotList> {
  const list = await api().createSnapshot({ id: vm.id, name, description });
  notify({ tone: 'success', title: `Snapshot “${name}” taken` });
  return list;
}

export async function revertSnapshot(vm: VmSummary, snap: SnapshotInfo): Promise<SnapshotList> {
  const list = await api().revertSnapshot({ id: vm.id, name: snap.name });
  notify({ tone: 'success', title: `“${vm.name}” is back at “${snap.name}”` });
  return list;
}

export async function deleteSnapshot(vm: VmSummary, snap: SnapshotInfo): Promise<SnapshotList> {
  const list = await api().deleteSnapshot({ id: vm.id, name: snap.name });
  notify({ tone: 'success', title: `Snapshot “${snap.name}” deleted` });
  return list;
}
