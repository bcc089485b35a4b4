// Start-up shared by the headless CLI and the Electron main process: the engine's service plus the
// loopback server its console relay (and, headless, the whole API) is reached through. It lives beside
// the server, not in the engine: the engine must not depend on any transport.
import type { VmApi } from '../../shared/api.js';
import { takeEngineLock, type EngineKind, type EngineLock, type EngineLockInfo } from '../engine/engine-lock.js';
import { ensureRuntimeRoot } from '../engine/fs-safety/private-dir.js';
import { usePrivateUmask } from '../engine/fs-safety/prepare-engine-files.js';
import { defaultPaths, type EnginePaths } from '../engine/paths.js';
import { localClient } from '../engine/serve.js';
import { VmService } from '../engine/vm-service.js';
import { startHeadlessServer, type HeadlessServer } from './headless-server.js';

export interface EngineOptions {
  paths?: Partial<EnginePaths>;
  /** Who runs this engine, as engine.json says it (default headless). */
  kind?: EngineKind;
  host?: string;
  port?: number;
  rendererDir: string | null;
  token?: string;
}

export interface Engine {
  service: VmService;
  /** The API through serve() (validation included), for in-process callers: the CLI and the tests. */
  api: VmApi;
  server: HeadlessServer;
  /** This engine's entry in <runtimeDir>/engine.json (engine-lock.ts). */
  lock: EngineLockInfo;
  close(): Promise<void>;
}

/**
 * Starts the engine, or throws engineHeldError (naming the process and how to stop it) when another live
 * engine runs on the same runtime folder: the server listens first, so engine.json can carry its
 * address, and the VMs are re-attached only once the lock is ours.
 */
export async function createEngine(opts: EngineOptions): Promise<Engine> {
  const paths = { ...defaultPaths(), ...opts.paths };
  const service = new VmService({ paths });
  const server = await startHeadlessServer(service, {
    host: opts.host ?? '127.0.0.1',
    port: opts.port ?? 0,
    rendererDir: opts.rendererDir,
    token: opts.token,
  });
  let lock: EngineLock | null = null;
  try {
    usePrivateUmask();
    await ensureRuntimeRoot(paths.runtimeDir);
    lock = await takeEngineLock(paths.runtimeDir, { url: server.origin, token: server.token, kind: opts.kind ?? 'headless' });
    await service.init();
  } catch (err) {
    lock?.release();
    await service.close();
    await server.close();
    throw err;
  }
  const held = lock;
  return {
    service,
    api: localClient(service),
    server,
    lock: held.info,
    close: async () => {
      await service.close();
      await server.close();
      held.release();
    },
  };
}
