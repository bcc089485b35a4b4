// One running VM's guest agent, followed calmly: while the VM runs with the agent's channel, find out
// whether qemu-ga answers (it starts with the guest, seconds to minutes after QEMU), read the guest's
// name, OS and addresses, and refresh them now and then. Nothing here ever holds anything else up: a
// silent agent costs one short sync timeout per retry, in the background. Shut down and live snapshots
// use the agent only while it answers.
import type { GuestInfo } from '../../../shared/model/index.js';
import { guestInfoOf } from './guest-info.js';
import { QgaClient, QgaError, SYNC_TIMEOUT_MS } from './qga-client.js';

export interface AgentTiming {
  /** Between tries while no answer has come yet, during the first `silentAfterMs`. */
  retryMs: number;
  /** No answer for this long since the start (or the last answer): "silent", and retries slow down. */
  silentAfterMs: number;
  /** Between tries once silent: an agent installed or started later is still found. */
  retrySilentMs: number;
  /** Between refreshes while answering: addresses change rarely (DHCP renewals, a person's `ip addr`). */
  refreshMs: number;
  /** Between refreshes while the guest has no address yet (DHCP is usually a few seconds behind qemu-ga). */
  refreshNoAddressMs: number;
  /** How long one try waits for the agent's answer to guest-sync-delimited. */
  syncTimeoutMs: number;
  /** guest-shutdown has no reply when it works (the guest goes down); its error comes at once. */
  shutdownErrorMs: number;
}

/**
 * 3 s between tries at boot (each costs one 3 s sync timeout), 30 s refresh: the list shows an address
 * within seconds of the guest getting one, and an idle VM costs the guest 3 tiny commands every 30 s.
 */
export const AGENT_TIMING: AgentTiming = {
  retryMs: 3_000,
  silentAfterMs: 120_000,
  retrySilentMs: 30_000,
  refreshMs: 30_000,
  refreshNoAddressMs: 5_000,
  syncTimeoutMs: SYNC_TIMEOUT_MS,
  shutdownErrorMs: 2_000,
};

/** fsfreeze flushes every file system first: on a busy guest that takes a while. */
const FREEZE_TIMEOUT_MS = 30_000;

const NO_INFO = { hostname: null, os: null, interfaces: [] };

export class GuestAgentWatch {
  private client: QgaClient | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  /** Freezes under way: the refresh waits (a frozen agent refuses every read). */
  private holds = 0;
  private ticking = false;
  private lastContact = 0;
  private info: GuestInfo | undefined;

  constructor(
    private readonly socket: string,
    private readonly onChange: (info: GuestInfo | undefined) => void,
    private readonly timing: AgentTiming = AGENT_TIMING,
  ) {}

  /** The VM runs (started or re-attached): begin asking. Calling it again changes nothing. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.lastContact = Date.now();
    this.set({ agent: 'waiting', ...NO_INFO });
    this.schedule(0);
  }

  /** The VM stopped, or VirtDesk lets go of it. */
  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.client?.close();
    this.client = null;
    this.set(undefined);
  }

  get answering(): boolean {
    return this.info?.agent === 'answering';
  }

  /**
   * Ask the guest to power itself off. True when it took the request (or went down at once); false
   * when there is no agent answering or it refused (e.g. no shutdown program): press ACPI then.
   */
  async shutdown(): Promise<boolean> {
    const client = this.usableClient();
    if (!client) return false;
    try {
      // guest-shutdown's silence means "done" only from an agent that is there: check that first.
      await client.ping();
    } catch {
      this.noAnswer();
      return false;
    }
    try {
      await client.execute('guest-shutdown', { mode: 'powerdown' }, this.timing.shutdownErrorMs);
      return true;
    } catch (err) {
      return !isAgentError(err);
    }
  }

  /**
   * Run op with the guest's file systems frozen (their caches written out, writes held), when the agent
   * answers; thawed afterwards whatever happens. frozen: how many file systems it froze; null when
   * it could not freeze (no agent, or it refused): op then runs all the same.
   */
  async withFrozenFilesystems<T>(op: () => Promise<T>): Promise<{ value: T; frozen: number | null }> {
    const client = this.usableClient();
    if (!client) return { value: await op(), frozen: null };
    this.holds++;
    try {
      const frozen = await client.execute<number>('guest-fsfreeze-freeze', undefined, FREEZE_TIMEOUT_MS).catch(() => null);
      try {
        return { value: await op(), frozen: typeof frozen === 'number' ? frozen : null };
      } finally {
        // Also after a failed or timed-out freeze: part of it may have happened.
        await this.thaw(client);
      }
    } finally {
      this.holds--;
    }
  }

  /** Thaw now (e.g. after reverting to memory saved while frozen); harmless when nothing is frozen. */
  async thawIfAnswering(): Promise<void> {
    const client = this.usableClient();
    if (client) await this.thaw(client);
  }

  private async thaw(client: QgaClient): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await client.execute('guest-fsfreeze-thaw', undefined, FREEZE_TIMEOUT_MS);
        return;
      } catch {
        /* once more: a guest left frozen would hang every write */
      }
    }
  }

  private usableClient(): QgaClient | null {
    return this.answering && this.client && !this.client.isClosed ? this.client : null;
  }

  /** One timer at most; a tick under way schedules the next itself when it ends. */
  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.running) return;
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = null;
    if (this.ticking) return;
    if (this.holds > 0) return this.schedule(this.timing.refreshNoAddressMs);
    this.ticking = true;
    try {
      if (!this.client || this.client.isClosed)
        this.client = await QgaClient.connect(this.socket, { syncTimeoutMs: this.timing.syncTimeoutMs });
      const client = this.client;
      // An agent that lacks a command (an old qemu-ga) still answers: that field stays empty.
      const read = (command: string) =>
        client.execute(command).catch((err: Error) => {
          if (isAgentError(err)) return null;
          throw err;
        });
      const hostName = await read('guest-get-host-name');
      const osInfo = await read('guest-get-osinfo');
      const interfaces = await read('guest-network-get-interfaces');
      if (!this.running) return;
      this.lastContact = Date.now();
      const info = guestInfoOf({ hostName, osInfo, interfaces });
      this.set(info);
      this.schedule(info.interfaces.some((i) => i.addresses.length) ? this.timing.refreshMs : this.timing.refreshNoAddressMs);
    } catch {
      this.noAnswer();
    } finally {
      this.ticking = false;
    }
  }

  /** No answer (this time): nothing to show; ask again soon, or calmly once silent for long. */
  private noAnswer(): void {
    if (!this.running) return;
    const silent = Date.now() - this.lastContact > this.timing.silentAfterMs;
    this.set({ agent: silent ? 'silent' : 'waiting', ...NO_INFO });
    this.schedule(silent ? this.timing.retrySilentMs : this.timing.retryMs);
  }

  /** Tell only real changes: a refresh that finds the same things is not news. */
  private set(info: GuestInfo | undefined): void {
    if (JSON.stringify(info) === JSON.stringify(this.info)) return;
    this.info = info;
    this.onChange(info);
  }
}

/** The agent answered with an error (as opposed to not answering at all). */
const isAgentError = (err: unknown) => err instanceof QgaError && err.kind === 'agent';
