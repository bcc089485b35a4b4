// One chardev socket of one VM (e.g. the serial port), shared by any number of WebSocket viewers.
// QEMU lets a single client read a chardev socket and stalls the guest if that client stops reading, so
// the relay holds the one connection, always reads, keeps a bounded scrollback, and fans out. Slow
// viewers are dropped, never QEMU throttled.
import net from 'node:net';
import type { WebSocket } from 'ws';
import { stripTerminalQueries } from './terminal-queries.js';
import { ByteRing } from './byte-ring.js';
import { readTail } from '../process/log-tail.js';

/** The default (and the least) scrollback: Settings.scrollbackKiB can raise it. */
export const SCROLLBACK_BYTES = 1024 * 1024;
/** A viewer that has this much unsent data is not keeping up. */
export const VIEWER_HIGH_WATER = 8 * 1024 * 1024;

/** WebSocket close codes the renderer shows to the user (4000-4999 are for applications). */
export const CLOSE_VM_STOPPED = 4001;
export const CLOSE_TOO_SLOW = 4002;

export class StreamRelay {
  private ring: ByteRing;
  private sock: net.Socket | null = null;
  private viewers = new Set<WebSocket>();
  /** Guest output not yet sent to the viewers (it is in the ring already): see fromGuest. */
  private pending: Buffer[] = [];
  private flushScheduled = false;
  /** When the guest last printed (ms epoch): a sign of life for the KVM watchdog. */
  lastOutputAt: number | null = null;

  constructor(
    readonly socketPath: string,
    /** QEMU's logfile of this chardev: seeds the scrollback with what was printed before we connected. */
    readonly logPath: string | null,
    readonly scrollbackBytes = SCROLLBACK_BYTES,
  ) {
    this.ring = new ByteRing(scrollbackBytes);
  }

  /**
   * Connect to the chardev. Called while the guest is still paused at start (-S), so nothing is printed
   * between reading the log and connecting; after an engine restart a few bytes printed in that instant
   * may be missing from the scrollback (they are still in the log file).
   */
  async connect(): Promise<void> {
    const before = this.logPath ? await readTail(this.logPath, this.scrollbackBytes) : Buffer.alloc(0);
    this.ring = new ByteRing(this.scrollbackBytes);
    if (before.length) this.ring.push(before);
    await new Promise<void>((resolve, reject) => {
      const sock = net.connect(this.socketPath);
      sock.once('connect', () => {
        sock.off('error', reject);
        this.sock = sock;
        resolve();
      });
      sock.once('error', reject);
      sock.on('data', (data: Buffer) => this.fromGuest(data));
      sock.on('close', () => {
        if (this.sock === sock) this.sock = null;
      });
      sock.on('error', () => {}); // 'close' follows; the VM's state machine reports why
    });
  }

  get connected(): boolean {
    return this.sock !== null;
  }

  get viewerCount(): number {
    return this.viewers.size;
  }

  /** Bytes held for replay: never more than the scrollback size, however much the guest prints. */
  get bufferedBytes(): number {
    return this.ring.length;
  }

  /** Replay the scrollback, then stream live output; typed input goes to the guest. */
  addViewer(ws: WebSocket): void {
    this.flush(); // what the others have not been sent yet is in the snapshot below: send it to them first
    this.viewers.add(ws);
    const backlog = stripTerminalQueries(this.ring.snapshot());
    if (backlog.length) ws.send(backlog, { binary: true });
    ws.on('message', (data, isBinary) => {
      // @xterm/addon-attach sends typed text as text frames and binary input as binary frames.
      const bytes = isBinary ? toBuffer(data) : Buffer.from(toBuffer(data).toString('utf8'), 'utf8');
      this.sock?.write(bytes);
    });
    ws.on('close', () => this.viewers.delete(ws));
    ws.on('error', () => this.viewers.delete(ws));
  }

  /** The VM is gone: tell every viewer why and let go of the socket. */
  close(reason: string): void {
    this.flush();
    this.sock?.destroy();
    this.sock = null;
    for (const ws of this.viewers) ws.close(CLOSE_VM_STOPPED, reason.slice(0, 120));
    this.viewers.clear();
  }

  private fromGuest(data: Buffer): void {
    this.lastOutputAt = Date.now();
    this.ring.push(data);
    if (!this.viewers.size) return;
    // QEMU writes the emulated UART a byte at a time, so reads are tiny: gather what arrives in one turn
    // of the event loop and send it as one frame, rather than a WebSocket frame per byte or two.
    this.pending.push(data);
    this.flushScheduled ||= (setImmediate(() => this.flush()), true);
  }

  private flush(): void {
    this.flushScheduled = false;
    if (!this.pending.length) return;
    const data = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    this.pending = [];
    for (const ws of this.viewers) {
      if (ws.bufferedAmount > VIEWER_HIGH_WATER) {
        this.viewers.delete(ws);
        ws.close(CLOSE_TOO_SLOW, 'This console viewer could not keep up; reconnect to catch up.');
        // A viewer this far behind may never read the close frame either: free its buffer soon.
        setTimeout(() => ws.terminate(), 1_000).unref();
        continue;
      }
      ws.send(data, { binary: true });
    }
  }
}

function toBuffer(data: Buffer | ArrayBuffer | Buffer[]): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.isBuffer(data) ? data : Buffer.from(data);
}
