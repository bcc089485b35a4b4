import type { TaskProgress, VmApi } from '../../shared/api.js';
import type { Remedy, VmSummary } from '../../shared/model/index.js';
import { describeError } from '../lib/errors.js';
import { i18n, say } from '../i18n/i18n.js';
import { REMEDY_LABEL } from '../lib/remedies.js';
import { api } from '../api/client.js';
import { notify } from './notices.js';
import { cancelledSince, useTasks } from './tasks.js';
import { applyResult, selectVm, setBusy, useVms, type BusyAction } from './vms.js';

export type RemoveResult = Awaited<ReturnType<VmApi['remove']>>;

// The notice's title when a call fails, per action (applyRemedy passes its own, naming the remedy).
const FAILED = {
  start: 'app:failed.start',
  shutdown: 'app:failed.shutdown',
  forceOff: 'app:failed.forceOff',
  pause: 'app:failed.pause',
  resume: 'app:failed.resume',
  reset: 'app:failed.reset',
  reboot: 'app:failed.reboot',
  saveState: 'app:failed.saveState',
  discard: 'app:failed.discard',
  clone: 'app:failed.clone',
  remove: 'app:failed.remove',
} as const satisfies Record<Exclude<BusyAction, 'remedy'>, string>;

async function run(id: string, action: BusyAction, call: () => Promise<VmSummary>, failTitle?: (name: string) => string): Promise<void> {
  if (useVms.getState().busy[id]) return;
  const name = useVms.getState().vms[id]?.name ?? id;
  const started = Date.now();
  setBusy(id, action);
  try {
    applyResult(await call());
  } catch (err) {
    // Saving the state is a task with a Cancel button; stopping it on purpose is not a failure to report.
    if (cancelledSince(useTasks.getState().tasks, id, started)) return;
    const title = failTitle ? failTitle(name) : action === 'remedy' ? name : i18n.t(FAILED[action], { name });
    notify({ tone: 'error', title, message: describeError(err) });
  } finally {
    setBusy(id, undefined);
  }
}

export const startVm = (id: string) => run(id, 'start', () => api().start({ id }));
export const shutdownVm = (id: string) => run(id, 'shutdown', () => api().shutdown({ id }));
export const forceOffVm = (id: string) => run(id, 'forceOff', () => api().forceOff({ id }));
export const pauseVm = (id: string) => run(id, 'pause', () => api().pause({ id }));
export const resumeVm = (id: string) => run(id, 'resume', () => api().resume({ id }));
export const resetVm = (id: string) => run(id, 'reset', () => api().reset({ id }));
export const rebootVm = (id: string) => run(id, 'reboot', () => api().reboot({ id }));
/** Writing the memory out is a task (progress in the status bar); the VM ends up "saved". */
export const saveVmState = (id: string) => run(id, 'saveState', () => api().saveState({ id }));
export const discardSavedState = (id: string) => run(id, 'discard', () => api().discardSavedState({ id }));
export const startDisposable = (id: string) =>
  run(
    id,
    'start',
    () => api().start({ id, disposable: true }),
    (name) => i18n.t('app:failed.startDisposable', { name }),
  );

/** What deleting the VM would do to each of its files (kept, deleted, shared): the dialog's checkboxes. */
export function deletionPlan(id: string): ReturnType<VmApi['deletionPlan']> {
  return api().deletionPlan({ id });
}

/**
 * Throws the ApiError so the delete dialog can show it beside the checkboxes it is about. The row
 * goes when the vm-removed event arrives, not here: the event is what every other window sees too.
 */
export async function removeVm(id: string, deleteFiles: string[], forceOff: boolean): Promise<RemoveResult> {
  if (useVms.getState().busy[id]) throw new Error(i18n.t('app:busy'));
  setBusy(id, 'remove');
  try {
    return await api().remove({ id, deleteFiles, forceOff });
  } finally {
    setBusy(id, undefined);
  }
}

/**
 * Throws the ApiError so the clone dialog can show it beside the name. The new VM is selected, unless
 * the person moved on to another VM while a full copy ran.
 */
export async function cloneVm(id: string, name: string, mode: 'full' | 'linked'): Promise<VmSummary> {
  if (useVms.getState().busy[id]) throw new Error(i18n.t('app:busy'));
  const source = useVms.getState().vms[id]?.name ?? id;
  setBusy(id, 'clone');
  try {
    const vm = await api().cloneVm({ id, name, mode });
    applyResult(vm);
    const selected = useVms.getState().selectedId;
    if (selected === id || selected === null) selectVm(vm.id);
    notify({ tone: 'success', title: i18n.t('app:cloned', { source, name: vm.name }) });
    return vm;
  } finally {
    setBusy(id, undefined);
  }
}

/** Stops a cancellable task; its 'cancelled' event is what the status bar then shows. */
export async function cancelTask(task: Pick<TaskProgress, 'id' | 'title'>): Promise<void> {
  try {
    await api().cancelTask({ taskId: task.id });
  } catch (err) {
    notify({ tone: 'error', title: i18n.t('app:failed.cancelTask', { title: say(task.title) }), message: describeError(err) });
  }
}

/** Changes the VM's settings as the remedy says and, unless it is "keep waiting", starts it again. */
export const applyRemedy = (id: string, remedy: Remedy) =>
  run(
    id,
    'remedy',
    () => api().applyRemedy({ id, remedy }),
    (name) => i18n.t('app:failed.remedy', { remedy: REMEDY_LABEL[remedy], name }),
  );
