// Every console of every running VM: the one-time tickets (gateway), the text relays (serial port,
// human monitor) that hold QEMU's single chardev connection, and the per-viewer VNC bridges.
import type { WebSocket } from 'ws';
import type { ConsoleStream } from '../../../shared/api.js';
import { CONSOLE_CLOSE_CODE, RELAY_CLOSE_REASON, type RelayCloseReason } from '../../../shared/console-close.js';
import { runtimeFiles, type EnginePaths } from '../paths.js';
import { directSource, KeptSource } from './chardev-source.js';
import { ConsoleGateway } from './console-gateway.js';
import { ensureKeeper } from './keeper/keeper-client.js';
import { StreamRelay } from './stream-relay.js';
import { bridgeVnc } from './vnc-bridge.js';

type TextStream = Exclude<ConsoleStream, 'vnc'>;
/** The monitor prints little: a short scrollback is plenty. */
const MONITOR_SCROLLBACK = 64 * 1024;

export class ConsoleHub {
  readonly gateway = new ConsoleGateway((vmId, stream, ws) => this.attach(vmId, stream as ConsoleStream, ws));
  private readonly relays = new Map<string, StreamRelay>();

  constructor(private readonly paths: EnginePaths) {}

  private files(vmId: string) {
    return runtimeFiles(this.paths, vmId);
  }

  /**
   * A VM is about to start: have the console log keeper ready by the time QEMU listens (starting one
   * takes as long as starting Node, which this overlaps with QEMU's own start). Failures show at connect.
   */
  prepare(): void {
    ensureKeeper(this.paths.runtimeDir).catch(() => {});
  }

  /** QEMU is up (the guest may still be paused): connect to its chardevs before the guest prints. */
  async connect(vmId: string, opts: { serial: boolean; virtioConsole?: boolean; scrollbackBytes: number }): Promise<void> {
    const f = this.files(vmId);
    const kept = (stream: 'serial0' | 'hvc0', log: string) =>
      new StreamRelay(new KeptSource(this.paths.runtimeDir, { vm: vmId, stream }, log, opts.scrollbackBytes), opts.scrollbackBytes);
    const relays: Array<[TextStream, StreamRelay]> = [['monitor', new StreamRelay(directSource(f.monitor), MONITOR_SCROLLBACK)]];
    // The consoles go through the log keeper, which logs them also while no engine runs; the virtio
    // console exactly like the serial port.
    if (opts.serial) relays.push(['serial0', kept('serial0', f.serial0Log)]);
    if (opts.virtioConsole) relays.push(['hvc0', kept('hvc0', f.hvc0Log)]);
    // The chardevs are independent sockets: connect them at once, the guest waits (paused) for all.
    const settled = await Promise.allSettled(relays.map(([, relay]) => relay.connect()));
    relays.forEach(([stream, relay], i) => {
      if (settled[i]!.status === 'rejected') return;
      this.relays.get(key(vmId, stream))?.close('reconnected');
      this.relays.set(key(vmId, stream), relay);
    });
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** QEMU has gone: tell every viewer why. */
  disconnect(vmId: string, reason: RelayCloseReason): void {
    for (const stream of ['serial0', 'hvc0', 'monitor'] as const) {
      this.relays.get(key(vmId, stream))?.close(reason);
      this.relays.delete(key(vmId, stream));
    }
  }

  connected(vmId: string, stream: TextStream): boolean {
    return this.relays.get(key(vmId, stream))?.connected ?? false;
  }

  /** When the guest last printed on a console, serial port or virtio (the KVM watchdog's sign of life). */
  lastOutputAt(vmId: string): number | null {
    const times = (['serial0', 'hvc0'] as const).map((s) => this.relays.get(key(vmId, s))?.lastOutputAt ?? null);
    const seen = times.filter((t): t is number => t !== null);
    return seen.length ? Math.max(...seen) : null;
  }

  /** What a relay holds right now (tests and diagnostics). */
  stats(vmId: string, stream: TextStream): { bufferedBytes: number; viewers: number } | null {
    const relay = this.relays.get(key(vmId, stream));
    return relay ? { bufferedBytes: relay.bufferedBytes, viewers: relay.viewerCount } : null;
  }

  close(): void {
    for (const r of this.relays.values()) r.close('closing');
    this.gateway.close();
  }

  private attach(vmId: string, stream: ConsoleStream, ws: WebSocket): void {
    if (stream === 'vnc') return bridgeVnc(this.files(vmId).vnc, ws);
    const relay = this.relays.get(key(vmId, stream));
    if (!relay) return void ws.close(CONSOLE_CLOSE_CODE.vmStopped, RELAY_CLOSE_REASON.notRunning);
    relay.addViewer(ws);
  }
}

const key = (vmId: string, stream: TextStream) => `${vmId}/${stream}`;
