// The engine an integration test file works with: real folders, no renderer, and every QEMU it started
// forced off at the end, whatever failed.
import { afterAll, beforeAll } from 'vitest';
import { createEngine, type Engine } from '../../server/create-engine.js';
import { requireGuest, tempDirs } from './guest.js';

export { kernelVm } from './guest.js';

export interface TestEngine {
  readonly engine: Engine;
  readonly dirs: ReturnType<typeof tempDirs>;
  /** Stop this engine and start a new one on the same folders (VirtDesk restarted). */
  restart(): Promise<Engine>;
  /**
   * Stop this engine, run `meanwhile` (another VirtDesk on the same folders: one engine per runtime
   * folder, engine-lock.ts), then start a new one, whatever `meanwhile` did.
   */
  whileStopped<T>(meanwhile: () => Promise<T>): Promise<T>;
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
    async whileStopped(meanwhile) {
      await engine?.close();
      engine = null;
      try {
        return await meanwhile();
      } finally {
        engine = await start();
      }
    },
  };
}
