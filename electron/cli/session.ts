// The engine a command talks to. When VirtDesk runs (the engine lock names it), the command is a client
// of its WebSocket API, like another window: never a second engine over the same folders and QMP
// sockets. When none runs, the command starts the engine in its own process for as long as it lasts
// (createEngine, as `--headless` does, without the pages): a one-shot command needs no server that
// outlives it, and the VMs it starts keep running (QEMU is detached) for the next engine to re-attach.
import path from 'node:path';
import { ApiError, type VmApi, type VmEvent } from '../../shared/api.js';
import { consoleUrl } from '../../shared/console-url.js';
import { says } from '../../shared/i18n/index.js';
import { engineEndpoints, engineLockFile, pidAlive, readEngineLock } from '../engine/engine-lock.js';
import { causeOf } from '../engine/engine-messages.js';
import { defaultPaths, type EnginePaths } from '../engine/paths.js';
import { createEngine } from '../server/create-engine.js';
import { connectWsApi } from './ws-api.js';

export interface Session {
  api: VmApi;
  onEvent: (listener: (event: VmEvent) => void) => () => void;
  /** A console ticket's path as the WebSocket URL of the engine this command talks to. */
  consoleUrl: (ticketPath: string) => string;
  /** 'attached': to a running VirtDesk; 'own': the engine this command started. */
  kind: 'attached' | 'own';
  close: () => Promise<void>;
}

/** The folders as the options and the environment give them (--data-dir, VIRTDESK_DATA_DIR...). */
export function pathsFrom(options: Record<string, string | boolean>): EnginePaths {
  const dir = (name: string) => (typeof options[name] === 'string' ? { [name]: path.resolve(options[name]) } : {});
  const given = { ...dir('data-dir'), ...dir('runtime-dir') };
  return {
    ...defaultPaths(),
    ...(given['data-dir'] ? { dataDir: given['data-dir'] } : {}),
    ...(given['runtime-dir'] ? { runtimeDir: given['runtime-dir'] } : {}),
  };
}

export async function openSession(paths: EnginePaths): Promise<Session> {
  // The lock's holder is alive: whether it answers is the connection's to find out. A file left by a
  // dead engine is not a holder; createEngine below takes it over.
  const held = readEngineLock(paths.runtimeDir);
  if (held && pidAlive(held.pid)) {
    try {
      const { api, onEvent, close } = await connectWsApi(engineEndpoints(held).apiUrl, held.url);
      return { api, onEvent, consoleUrl: (u) => consoleUrl(u, held.url), kind: 'attached', close: async () => close() };
    } catch (err) {
      // Alive but not answering: starting a second engine beside it is what the lock is there to prevent.
      throw new ApiError(
        'internal',
        says('cli:engine.unreachable', { pid: held.pid, lock: engineLockFile(paths.runtimeDir), url: held.url, cause: causeOf(err) }),
      );
    }
  }
  const engine = await createEngine({ paths, rendererDir: null, kind: 'command' });
  return {
    api: engine.api,
    onEvent: (listener) => {
      engine.service.on('event', listener);
      return () => engine.service.off('event', listener);
    },
    consoleUrl: (u) => consoleUrl(u, engine.server.wsBase),
    kind: 'own',
    close: () => engine.close(),
  };
}
