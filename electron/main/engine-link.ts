// Main's side of the engine process: starts it (utilityProcess.fork, passed in so this file needs no
// Electron), matches replies to calls, hands events on, and when the process dies starts it again and
// says so to the windows. QEMU is detached from it, so VMs keep running and the new engine re-attaches
// them. Plain Node; tested with the rest of the shell against the Electron stand-in.
import { ApiError, type RpcResult, type VmEvent } from '../../shared/api.js';
import { says, type Message } from '../../shared/i18n/index.js';
import { messageOf } from '../engine/engine-messages.js';
import type { FromEngine, ToEngine } from './engine-wire.js';

/** The part of Electron's UtilityProcess this uses. */
export interface EngineChild {
  postMessage(message: ToEngine): void;
  on(event: 'message', listener: (message: FromEngine) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export type EngineLinkState = { kind: 'open'; consoleBase: string } | { kind: 'restarting'; restarts: number };

export interface EngineLinkOptions {
  /** The engine to talk to: a new engine process, or one that already runs (engine-attach.ts). */
  fork: () => EngineChild | Promise<EngineChild>;
  /** The engine could not start (its reason and fix): the app shows it and quits. */
  onFailed: (reason: Message) => void;
  onEvent: (event: VmEvent) => void;
  onState: (state: EngineLinkState) => void;
}

/** A restart waits a little longer after each crash that came soon after the last start. */
const RESTART_DELAYS_MS = [0, 500, 2000, 5000];
const STABLE_MS = 30_000;

export class EngineLink {
  state: EngineLinkState = { kind: 'restarting', restarts: 0 };
  private child: EngineChild | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (result: RpcResult) => void>();
  private quickCrashes = 0;
  private startedAt = 0;
  private closing: Promise<void> | null = null;
  private ready: Promise<void>;
  private markReady: () => void = () => {};

  constructor(private readonly opts: EngineLinkOptions) {
    this.ready = this.waitForReady();
    this.spawn();
  }

  /** One API call, answered once the engine runs (after a restart too). */
  async call(method: unknown, arg: unknown): Promise<RpcResult> {
    await this.ready;
    const child = this.child;
    if (!child || this.closing) return { error: new ApiError('internal', says('engine:desktop.engineGone')).toJSON() };
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      child.postMessage({ call: { id, method, arg } });
    });
  }

  /** The console server's address, once the engine runs (it changes with each engine process). */
  async consoleBase(): Promise<string> {
    for (;;) {
      await this.ready;
      if (this.state.kind === 'open') return this.state.consoleBase;
    }
  }

  /** Quit: the engine lets go of the VMs (they keep running) and removes its lock; resolves once it ended. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      const child = this.child;
      if (!child) return resolve();
      child.on('exit', () => resolve());
      child.postMessage({ close: true });
    });
    return this.closing;
  }

  private waitForReady(): Promise<void> {
    return new Promise((resolve) => (this.markReady = resolve));
  }

  private spawn(): void {
    Promise.resolve()
      .then(() => this.opts.fork())
      .then(
        (child) => this.adopt(child),
        (err: unknown) => this.opts.onFailed(messageOf(err)),
      );
  }

  private adopt(child: EngineChild): void {
    if (this.closing) return void child.kill(); // quit while it was being found
    this.child = child;
    this.startedAt = Date.now();
    child.on('message', (msg) => {
      if (child !== this.child) return;
      if ('reply' in msg) {
        this.pending.get(msg.reply.id)?.(msg.reply.result);
        this.pending.delete(msg.reply.id);
      } else if ('event' in msg) this.opts.onEvent(msg.event);
      else if ('ready' in msg) {
        this.state = { kind: 'open', consoleBase: msg.ready.consoleBase };
        this.opts.onState(this.state);
        this.markReady();
      } else if ('failed' in msg) {
        this.closing ??= Promise.resolve(); // no restart: the same reason would stop the next one
        child.kill();
        this.opts.onFailed(msg.failed);
      }
    });
    child.on('exit', () => this.onExit(child));
  }

  private onExit(child: EngineChild): void {
    if (child !== this.child) return;
    this.child = null;
    // Calls in flight are lost with the process: answered now, saying the engine may have done them.
    for (const [id, answer] of this.pending) {
      answer({ error: new ApiError('internal', says('engine:desktop.engineGone')).toJSON() });
      this.pending.delete(id);
    }
    if (this.closing) return;
    this.quickCrashes = Date.now() - this.startedAt < STABLE_MS ? this.quickCrashes + 1 : 0;
    const restarts = (this.state.kind === 'restarting' ? this.state.restarts : 0) + 1;
    this.state = { kind: 'restarting', restarts };
    this.opts.onState(this.state);
    this.ready = this.waitForReady();
    const delay = RESTART_DELAYS_MS[Math.min(this.quickCrashes, RESTART_DELAYS_MS.length - 1)]!;
    setTimeout(() => {
      if (!this.closing) this.spawn();
    }, delay);
  }
}
