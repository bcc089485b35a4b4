// What the desktop app's main process and its engine process (engine-process.ts, an Electron
// utilityProcess) say to each other over the utility process's port. Structured-cloned, so plain data.
import type { RpcResult, VmEvent } from '../../shared/api.js';
import type { Message } from '../../shared/i18n/index.js';

export type ToEngine = { call: { id: number; method: unknown; arg: unknown } } | { close: true };

export type FromEngine =
  /** Started: the loopback server console ticket paths resolve against (its port changes per start). */
  | { ready: { consoleBase: string } }
  /** Could not start (another engine holds the folders, an unsafe runtime folder...): why, and the fix. */
  | { failed: Message }
  | { reply: { id: number; result: RpcResult } }
  | { event: VmEvent };
