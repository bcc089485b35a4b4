import { beforeEach, describe, expect, it } from 'vitest';
import type { VmState, VmSummary } from '../../shared/model/index.js';
import { applyEvent, applyResult, replaceAll, selectVm, useVms } from './vms.js';

const vm = (id: string, state: VmState, since: number): VmSummary => ({
  id,
  name: id,
  config: null,
  status: { state, since },
});

beforeEach(() => {
  useVms.setState({ vms: {}, selectedId: null, loaded: false, loadError: null, busy: {} });
});

describe('VM store', () => {
  it('keeps a newer event over an older action result', () => {
    applyEvent({ type: 'vm-changed', vm: vm('a', 'running', 20) });
    applyResult(vm('a', 'starting', 10));
    expect(useVms.getState().vms.a?.status.state).toBe('running');
    applyResult(vm('a', 'shutting-down', 30));
    expect(useVms.getState().vms.a?.status.state).toBe('shutting-down');
  });

  it('drops the selection when the selected VM is removed', () => {
    replaceAll([vm('a', 'stopped', 1), vm('b', 'stopped', 1)]);
    selectVm('a');
    applyEvent({ type: 'vm-removed', id: 'a' });
    expect(useVms.getState().selectedId).toBeNull();
    expect(Object.keys(useVms.getState().vms)).toEqual(['b']);
  });

  it('keeps the selection across a re-list when the VM still exists', () => {
    replaceAll([vm('a', 'stopped', 1)]);
    selectVm('a');
    replaceAll([vm('a', 'running', 2)]);
    expect(useVms.getState().selectedId).toBe('a');
    replaceAll([]);
    expect(useVms.getState().selectedId).toBeNull();
  });
});
