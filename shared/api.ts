// The contract between the renderer (untrusted) and the engine, DERIVED from the method table in
// shared/schemas/methods.ts: argument types are the schemas' input (what a client sends) and output
// (what a handler receives after serve() has validated it). Every method takes one object and returns a
// Promise; the same shape travels over Electron IPC and over the headless WebSocket.
import type { z } from 'zod';
import type { HostInfo, TaskProgress, VmStatsSample, VmSummary } from './model/index.js';
import type { createVmInput, installSource, networkChoice, storageChoice } from './schemas/create.js';
import type { consoleStream } from './schemas/fields.js';
import type { FileKind } from './schemas/media-methods.js';
import type { Returns } from './schemas/method-kit.js';
import { methods } from './schemas/methods.js';
import type { Settings } from './schemas/settings.js';
import type { Message, Params } from './i18n/message.js';
import type { vmConfigPatch } from './schemas/vm-config.js';

export type * from './model/index.js';

type Methods = typeof methods;
export type VmMethod = keyof Methods;
/** What a caller sends to a method (defaults not applied yet). */
export type ArgOf<M extends VmMethod> = z.input<Methods[M]['arg']>;
/** What the engine's handler receives: the argument after validation (trimmed, defaults applied). */
export type ParsedArgOf<M extends VmMethod> = z.output<Methods[M]['arg']>;
export type ResultOf<M extends VmMethod> = Methods[M]['result'] extends Returns<infer T> ? T : never;

/** What clients call (a method whose argument has no required field may be called without one). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends T`: T has no required field
export type VmApi = { [M in VmMethod]: (...arg: {} extends ArgOf<M> ? [arg?: ArgOf<M>] : [arg: ArgOf<M>]) => Promise<ResultOf<M>> };
/** What the engine implements; serve() hands each handler its validated argument. */
export type VmHandlers = { [M in VmMethod]: (arg: ParsedArgOf<M>) => Promise<ResultOf<M>> };

export const VM_METHODS = Object.keys(methods) as VmMethod[];

export const isVmMethod = (name: unknown): name is VmMethod => typeof name === 'string' && Object.hasOwn(methods, name);

export type CreateVmInput = z.input<typeof createVmInput>;
export type InstallSource = z.output<typeof installSource>;
export type StorageChoice = z.output<typeof storageChoice>;
export type NetworkChoice = z.input<typeof networkChoice>;
/** Fields of VmConfig a user may edit (everything but identity and bookkeeping). */
export type VmConfigPatch = z.input<typeof vmConfigPatch>;
/**
 * serial0: the guest's first serial port (text, scrollback replayed on attach); monitor: QEMU's human
 * monitor (HMP, text); vnc: the graphical display as raw RFB bytes (one QEMU connection per viewer).
 */
export type ConsoleStream = z.output<typeof consoleStream>;
export type { Settings };

export type VmEvent =
  | { type: 'vm-changed'; vm: VmSummary }
  | { type: 'vm-removed'; id: string }
  | { type: 'host-changed'; host: HostInfo }
  | { type: 'settings-changed'; settings: Settings }
  | { type: 'task'; task: TaskProgress }
  /** A private network was created or deleted by name (members change with vm-changed): read networks() again. */
  | { type: 'networks-changed' }
  /** A new statistics sample of a running VM, every statsIntervalSec. */
  | { type: 'stats'; id: string; sample: VmStatsSample };

export type ApiErrorCode =
  | 'invalid' // bad argument: fix the input
  | 'not-found'
  | 'conflict' // the VM is in the wrong state, or the name is taken
  | 'qemu' // QEMU or qemu-img failed
  | 'io' // the file system refused
  | 'internal';

export interface ApiErrorShape {
  code: ApiErrorCode;
  /** For a person: the cause and the fix, naming the field or file it is about. English. */
  message: string;
  /** The same sentence as a catalog key and its parameters, for clients that show it translated. */
  key?: string;
  params?: Params;
  /** field: the dotted input path the error is about; issues: every problem found, per field. */
  details?: unknown;
}

/**
 * Thrown by the engine, carried over either transport, re-thrown by the client. Give it a Message
 * (says(...)) so clients can show it in their language; a plain string stays English-only.
 */
export class ApiError extends Error implements ApiErrorShape {
  public readonly key?: string;
  public readonly params?: Params;
  constructor(
    public readonly code: ApiErrorCode,
    message: string | Message,
    public readonly details?: unknown,
  ) {
    super(typeof message === 'string' ? message : message.text);
    this.name = 'ApiError';
    if (typeof message !== 'string') {
      this.key = message.key;
      if (message.params) this.params = message.params;
    }
  }
  /** The dotted input path the error is about (details.field), if the engine named one. */
  get field(): string | null {
    const d = this.details as { field?: unknown } | undefined;
    return typeof d?.field === 'string' ? d.field : null;
  }
  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, key: this.key, params: this.params, details: this.details };
  }
  static from(shape: ApiErrorShape): ApiError {
    const err = new ApiError(shape.code, shape.message, shape.details);
    // From the wire: the key is whatever the engine sent; translate() falls back to `message`.
    return typeof shape.key === 'string' ? Object.assign(err, { key: shape.key, params: shape.params }) : err;
  }
}

/** Messages of the RPC channel (WebSocket transport; IPC carries the same payloads). */
export type RpcRequest = { id: number; method: string; arg: unknown };
export type RpcResponse = { id: number; result: unknown } | { id: number; error: ApiErrorShape };
export type RpcMessage = RpcResponse | { event: VmEvent };

export type RpcResult = { result: unknown } | { error: ApiErrorShape };

/**
 * The one object Electron's preload exposes as window.virtdesk. Errors come back as values, not
 * rejections, because Electron's IPC flattens a thrown error into a message string.
 */
export interface VirtdeskBridge {
  call(method: VmMethod, arg: unknown): Promise<RpcResult>;
  /**
   * The engine's loopback console server (ws://127.0.0.1:PORT), which console ticket paths resolve
   * against; it changes when the engine process is started again.
   */
  consoleBase(): Promise<string>;
  /**
   * The engine process's state: 'restarting' after it died (the main process starts it again), 'open'
   * once it runs again. Returns the unsubscribe function.
   */
  onEngineState(listener: (state: { kind: 'open' } | { kind: 'restarting'; restarts: number }) => void): () => void;
  /** The desktop menu's page commands (New VM, Host), as their shortcuts. Returns the unsubscribe function. */
  onMenu(listener: (command: 'newVm' | 'host') => void): () => void;
  /** Subscribe to engine events; returns the unsubscribe function. */
  on(listener: (event: VmEvent) => void): () => void;
  /**
   * The desktop's own Open dialog, filtered for a kind of file (shared/schemas/media-methods.ts) and
   * opened in `startIn` when given; the chosen path, or null when the person cancelled.
   */
  pickFile(kind: FileKind, startIn?: string): Promise<string | null>;
  /** The path of a file dropped on the window ('' when it has none): Electron no longer puts it on File. */
  pathOfFile(file: object): string;
  /**
   * Files the desktop asks VirtDesk to open (an ISO opened with VirtDesk from the file manager, at start
   * or later); those asked for before the page listened arrive at once. Returns the unsubscribe function.
   */
  onOpenFile(listener: (path: string) => void): () => void;
}
