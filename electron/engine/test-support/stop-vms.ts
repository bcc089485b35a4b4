// A test that fails half-way has not reached its own forceOff: its guest runs on (a busy loop, a
// flood, a KVM guest spinning in the host kernel) and takes one of the two cores from every test after
// it until the file ends. These stop it as soon as the test has failed.
import { afterEach } from 'vitest';
import type { Engine } from '../../server/create-engine.js';

const ACTIVE = new Set(['starting', 'running', 'paused', 'shutting-down']);

/** Force off every VM of `engine` that has a QEMU. */
export async function forceOffAll(engine: Engine): Promise<void> {
  for (const vm of await engine.api.list()) {
    if (ACTIVE.has(vm.status.state)) await engine.api.forceOff({ id: vm.id }).catch(() => {});
  }
}

/** After each failed test of the file, force off every VM still running. `engine` may not be up yet. */
export function forceOffAfterFailure(engine: () => Engine | undefined): void {
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    let e: Engine | undefined;
    try {
      e = engine();
    } catch {
      return; // never started: nothing runs
    }
    if (e) await forceOffAll(e);
  });
}
