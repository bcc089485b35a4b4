import type { CreateVmInput } from '../../shared/api.js';
import type { VmSummary } from '../../shared/model/index.js';
import { describeError } from '../lib/errors.js';
import { api } from './engine.js';
import { notify } from './notices.js';
import { applyResult, selectVm, setBusy, useVms, type VmAction } from './vms.js';

const VERB: Record<VmAction, string> = {
  start: 'start',
  shutdown: 'shut down',
  forceOff: 'force off',
};

async function run(id: string, action: VmAction, call: () => Promise<VmSummary>): Promise<void> {
  if (useVms.getState().busy[id]) return;
  const name = useVms.getState().vms[id]?.name ?? id;
  setBusy(id, action);
  try {
    applyResult(await call());
  } catch (err) {
    notify({ tone: 'error', title: `Could not ${VERB[action]} “${name}”`, message: describeError(err) });
  } finally {
    setBusy(id, undefined);
  }
}

export const startVm = (id: string) => run(id, 'start', () => api().start({ id }));
export const shutdownVm = (id: string) => run(id, 'shutdown', () => api().shutdown({ id }));
export const forceOffVm = (id: string) => run(id, 'forceOff', () => api().forceOff({ id }));

/** Throws the ApiError so the dialog can show it next to the form it belongs to. */
export async function createVm(input: CreateVmInput): Promise<VmSummary> {
  const vm = await api().create(input);
  applyResult(vm);
  selectVm(vm.id);
  notify({ tone: 'success', title: `Created “${vm.name}”` });
  return vm;
}
