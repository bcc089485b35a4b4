import { VM_METHODS, type VmApi, type VmMethod } from '../../shared/api.js';
import { consoleUrl } from '../../shared/console-url.js';
import type { Transport } from './transport.js';

/** VmApi over any transport: every method is just `call(name, arg)`. */
export function createClient(transport: Transport): VmApi {
  const client: Partial<Record<VmMethod, (arg: unknown) => Promise<unknown>>> = {};
  for (const method of VM_METHODS) {
    client[method] = (arg: unknown) => transport.call(method, arg);
  }
  return client as unknown as VmApi;
}

let instance: VmApi | null = null;
let installed: Transport | null = null;

/** Made once at start (start-engine.ts), from the transport this window picked. */
export function installClient(transport: Transport): void {
  instance = createClient(transport);
  installed = transport;
}

/** A console ticket's path (openConsole) as the ws(s):// URL this window connects to. */
export async function consoleUrlOf(path: string): Promise<string> {
  if (!installed) throw new Error('installClient() must run before the first API call');
  return consoleUrl(path, await installed.consoleBase());
}

/**
 * The window's one API client. Only the stores' own loaders and the actions modules call it
 * (store/actions.ts, features/<feature>/*-actions.ts); components call those actions
 * (renderer/api-boundary.test.ts holds them to it).
 */
export function api(): VmApi {
  if (!instance) throw new Error('installClient() must run before the first API call');
  return instance;
}
