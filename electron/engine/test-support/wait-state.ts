import type { VmEvent } from '../../../shared/api.js';
import type { VmState, VmSummary } from '../../../shared/model/index.js';
import type { VmService } from '../vm-service.js';

/** Resolves with the VM once a vm-changed event (or its current state) shows `state`. */
export async function waitForState(service: VmService, id: string, state: VmState, timeoutMs = 30_000): Promise<VmSummary> {
  const now = await service.get({ id });
  if (now.status.state === state) return now;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      service.off('event', onEvent);
      reject(new Error(`VM ${id} did not become ${state} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onEvent = (e: VmEvent) => {
      if (e.type === 'vm-changed' && e.vm.id === id && e.vm.status.state === state) {
        clearTimeout(timer);
        service.off('event', onEvent);
        resolve(e.vm);
      }
    };
    service.on('event', onEvent);
  });
}
