// The contract between the renderer (untrusted) and the engine. Every method takes one object and
// returns a Promise; the same shape travels over Electron IPC and over the headless WebSocket.
import type { Accel, HostInfo, QemuCapabilities, Remedy, VmSummary } from './model/index.js';

export interface CreateVmInput {
  name: string;
  /** Absolute path of the install ISO. */
  isoPath: string;
  memoryMiB: number;
  cpus: number;
  /** Size of the new qcow2 disk, in GiB. */
  diskGiB: number;
  accel: Accel;
}

export interface ConsoleTicket {
  /** ws://127.0.0.1:PORT/console/<id>/<stream>?token=... (the token works once, for a short time). */
  url: string;
}

export type ConsoleStream = 'serial0';

export interface Settings {
  /** A VM under KVM whose vCPUs run no guest code and print nothing for this long gets a warning. */
  kvmWatchdogSec: number;
}

export interface VmApi {
  /** The host check; the KVM self-test result comes from its cache (per host boot and QEMU version). */
  host(arg: Record<string, never>): Promise<HostInfo>;
  /** Run the KVM self-test again, whatever the cache says. */
  rerunKvmSelfTest(arg: Record<string, never>): Promise<HostInfo>;
  /** Machine types, CPU models, devices, accelerators and firmware of this QEMU. */
  capabilities(arg: Record<string, never>): Promise<QemuCapabilities>;
  settings(arg: Record<string, never>): Promise<Settings>;
  updateSettings(arg: Partial<Settings>): Promise<Settings>;
  list(arg: Record<string, never>): Promise<VmSummary[]>;
  get(arg: { id: string }): Promise<VmSummary>;
  create(arg: CreateVmInput): Promise<VmSummary>;
  start(arg: { id: string }): Promise<VmSummary>;
  /** ACPI power button; forced off after timeoutSec if the guest ignores it. */
  shutdown(arg: { id: string; timeoutSec?: number }): Promise<VmSummary>;
  forceOff(arg: { id: string }): Promise<VmSummary>;
  openConsole(arg: { id: string; stream: ConsoleStream }): Promise<ConsoleTicket>;
  /** Apply one of status.remedies: change the VM's settings and, if it runs or crashed, start it again. */
  applyRemedy(arg: { id: string; remedy: Remedy }): Promise<VmSummary>;
}

export type VmMethod = keyof VmApi;
export const VM_METHODS: readonly VmMethod[] = [
  'host',
  'rerunKvmSelfTest',
  'capabilities',
  'settings',
  'updateSettings',
  'list',
  'get',
  'create',
  'start',
  'shutdown',
  'forceOff',
  'openConsole',
  'applyRemedy',
];

export type VmEvent =
  | { type: 'vm-changed'; vm: VmSummary }
  | { type: 'vm-removed'; id: string }
  | { type: 'host-changed'; host: HostInfo }
  | { type: 'settings-changed'; settings: Settings };

export type ApiErrorCode =
  | 'invalid' // bad argument: fix the input
  | 'not-found'
  | 'conflict' // the VM is in the wrong state, or the name is taken
  | 'qemu' // QEMU or qemu-img failed
  | 'io' // the file system refused
  | 'internal';

export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
  details?: unknown;
}

/** Thrown by the engine, carried over either transport, re-thrown by the client. */
export class ApiError extends Error implements ApiErrorShape {
  constructor(
    public readonly code: ApiErrorCode,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, details: this.details };
  }
  static from(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, shape.details);
  }
}

/** Messages of the RPC channel (WebSocket transport; IPC carries the same payloads). */
export type RpcRequest = { id: number; method: string; arg: unknown };
export type RpcResponse =
  | { id: number; result: unknown }
  | { id: number; error: ApiErrorShape };
export type RpcMessage = RpcResponse | { event: VmEvent };

export type RpcResult = { result: unknown } | { error: ApiErrorShape };

/**
 * The one object Electron's preload exposes as window.virtdesk. Errors come back as values, not
 * rejections, because Electron's IPC flattens a thrown error into a message string.
 */
export interface VirtdeskBridge {
  call(method: VmMethod, arg: unknown): Promise<RpcResult>;
  /** Subscribe to engine events; returns the unsubscribe function. */
  on(listener: (event: VmEvent) => void): () => void;
}
