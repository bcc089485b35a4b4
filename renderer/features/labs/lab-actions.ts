// The labs' engine calls: preview, make, delete, and start the lab's stopped VMs.
import type { ResultOf } from '../../../shared/api.js';
import type { VmSummary } from '../../../shared/model/index.js';
import { api } from '../../api/client.js';
import { i18n } from '../../i18n/i18n.js';
import { canStart } from '../../lib/vm-state.js';
import { startVm } from '../../store/actions.js';
import { notify } from '../../store/notices.js';
import { applyResult, setBusy, useVms } from '../../store/vms.js';

export interface LabArg {
  id: string;
  lab: string;
  count: number;
  keepNat: boolean;
}

export function previewLab(arg: LabArg): Promise<ResultOf<'previewLab'>> {
  return api().previewLab(arg);
}

/** Makes the lab; the source is busy meanwhile (like a clone), and the new VMs join the list at once. */
export async function createLab(arg: LabArg): Promise<VmSummary[]> {
  if (useVms.getState().busy[arg.id]) throw new Error(i18n.t('app:busy'));
  setBusy(arg.id, 'clone');
  try {
    const vms = await api().createLab(arg);
    vms.forEach(applyResult);
    notify({ tone: 'success', title: i18n.t('labs:notice.made', { lab: arg.lab, names: vms.map((v) => v.name).join(', ') }) });
    return vms;
  } finally {
    setBusy(arg.id, undefined);
  }
}

export async function deleteLab(lab: string, forceOff: boolean): Promise<ResultOf<'deleteLab'>> {
  const res = await api().deleteLab({ lab, forceOff });
  notify({ tone: 'success', title: i18n.t('labs:notice.deleted', { lab, names: res.deleted.join(', ') }) });
  return res;
}

/** Starts every VM of the lab that can start; each failure is told like a Start click's. */
export function startLab(members: readonly VmSummary[]): void {
  for (const vm of members) if (canStart(vm)) void startVm(vm.id);
}
