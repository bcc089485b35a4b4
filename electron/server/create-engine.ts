// Start-up shared by the headless CLI and the Electron main process: the engine's service plus the
// loopback server its console relay (and, headless, the whole API) is reached through. It lives beside
// the server, not in the engine: the engine must not depend on any transport.
import type { VmApi } from '../../shared/api.js';
import { defaultPaths, type EnginePaths } from '../engine/paths.js';
import { localClient } from '../engine/serve.js';
import { VmService } from '../engine/vm-service.js';
import { startHeadlessServer, type HeadlessServer } from './headless-server.js';

export interface EngineOptions {
  paths?: Partial<EnginePaths>;
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
  close(): Promise<void>;
}

export async function createEngine(opts: EngineOptions): Promise<Engine> {
  const paths = { ...defaultPaths(), ...opts.paths };
  const service = new VmService({ paths });
  await service.init();
  const server = await startHeadlessServer(service, {
    host: opts.host ?? '127.0.0.1',
    port: opts.port ?? 0,
    rendererDir: opts.rendererDir,
    token: opts.token,
  });
  return {
    service,
    api: localClient(service),
    server,
    close: async () => {
      await service.close();
      await server.close();
    },
  };
}
