// The engine an integration test file works with: real folders, no renderer, and every QEMU it started
// forced off at the end, whatever failed.
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { CreateVmInput } from '../../../shared/api.js';
import { createEngine, type Engine } from '../../server/create-engine.js';
import { GUEST_DIR, requireGuest, tempDirs } from './guest.js';

export interface TestEngine {
  readonly engine: Engine;
  readonly dirs: ReturnType<typeof tempDirs>;
  /** Stop this engine and start a new one on the same folders (VirtDesk restarted). */
  restart(): Promise<Engine>;
}

export function useTestEngine(): TestEngine {
  const dirs = tempDirs();
  let engine: Engine | null = null;
  const start = () => createEngine({ paths: dirs, rendererDir: null });
  beforeAll(async () => {
    requireGuest();
    engine = await start();
  });
  afterAll(async () => {
    if (engine) {
      for (const vm of await engine.api.list()) await engine.api.forceOff({ id: vm.id }).catch(() => {});
      await engine.close();
    }
    dirs.cleanup();
  });
  return {
    get engine() {
      if (!engine) throw new Error('the test engine is not started yet (use it inside tests)');
      return engine;
    },
    dirs,
    async restart() {
      await engine?.close();
      engine = await start();
      return engine;
    },
  };
}

/** The test guest by direct kernel boot under TCG (no boot loader: the fastest way to its shell). */
export const kernelVm = (name: string, patch: Partial<CreateVmInput> = {}): CreateVmInput => ({
  name,
  memoryMiB: 256,
  cpus: 1,
  accel: 'tcg',
  display: 'none',
  network: { mode: 'user' },
  storage: { kind: 'none' },
  source: { kind: 'kernel', kernel: path.join(GUEST_DIR, 'vmlinuz'), initrd: path.join(GUEST_DIR, 'initrd.img'), append: 'console=ttyS0' },
  ...patch,
});
