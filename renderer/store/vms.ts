import { create } from 'zustand';
import type { VmEvent } from '../../shared/api.js';
import type { HostInfo, VmSummary } from '../../shared/model/index.js';
import { dropConsoleFocus } from './ui.js';

/** What a VM's row is busy with while a call runs (not which actions are allowed: see shared/vm-actions.ts). */
export type BusyAction =
  'start' | 'shutdown' | 'forceOff' | 'pause' | 'resume' | 'reset' | 'reboot' | 'saveState' | 'discard' | 'clone' | 'remove' | 'remedy';

export interface VmsState {
  vms: Record<string, VmSummary>;
  /** The first list() has arrived; until then the list shows a loading state, not "no VMs". */
  loaded: boolean;
  /** Why the list could not be fetched, if it could not. */
  loadError: string | null;
  host: HostInfo | null;
  selectedId: string | null;
  /** Actions in flight per VM, so their buttons cannot be pressed twice. */
  busy: Record<string, BusyAction | undefined>;
}

export const useVms = create<VmsState>(() => ({
  vms: {},
  loaded: false,
  loadError: null,
  host: null,
  selectedId: null,
  busy: {},
}));

/** Events arrive in order on one channel, so they always win. */
export function applyEvent(event: VmEvent): void {
  useVms.setState((s) => {
    if (event.type === 'vm-changed') return { vms: { ...s.vms, [event.vm.id]: event.vm } };
    if (event.type === 'host-changed') return { host: event.host };
    if (event.type !== 'vm-removed' || !(event.id in s.vms)) return {};
    const { [event.id]: _gone, ...vms } = s.vms;
    return { vms, selectedId: s.selectedId === event.id ? null : s.selectedId };
  });
}

/**
 * An action's result was computed before it was sent, so an event that overtook it may be newer:
 * take the result only if its state is at least as recent as what the store has.
 */
export function applyResult(vm: VmSummary): void {
  useVms.setState((s) => {
    const known = s.vms[vm.id];
    if (known && known.status.since > vm.status.since) return {};
    return { vms: { ...s.vms, [vm.id]: vm } };
  });
}

export function replaceAll(list: VmSummary[]): void {
  useVms.setState((s) => {
    const vms = Object.fromEntries(list.map((vm) => [vm.id, vm]));
    const selectedId = s.selectedId && s.selectedId in vms ? s.selectedId : null;
    return { vms, selectedId, loaded: true, loadError: null };
  });
}

export function selectVm(id: string | null): void {
  if (id === useVms.getState().selectedId) return;
  useVms.setState({ selectedId: id });
  dropConsoleFocus();
}

export function setBusy(id: string, action: BusyAction | undefined): void {
  useVms.setState((s) => ({ busy: { ...s.busy, [id]: action } }));
}

export function useSelectedVm(): VmSummary | null {
  return useVms((s) => (s.selectedId ? (s.vms[s.selectedId] ?? null) : null));
}
