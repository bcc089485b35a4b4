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
/**
 * How long a viewer dropped as too slow has to read what it was sent and the close frame (4002) after
 * it, before its connection is cut: it cannot see the reason before it has read the 8 MiB ahead of it.
 */
export const TOO_SLOW_GRACE_MS = 30_000;
/**
 * While the guest prints without pause, at most one WebSocket frame per viewer this often. The UART
 * gives a byte or two per read; a frame (a writev on a TCP socket, a wakeup of the viewer) per read
 * took 13 of the engine's 17 s of CPU in a profile of 3 MiB of output (BENCHMARKS.md). Output after
 * a quiet moment (a typed key's echo) still goes at once.
 */
export const FRAME_INTERVAL_MS = 4;
/** What is read from the chardev between two frames; more than this is sent at once. */
const STAGE_BYTES = 64 * 1024;

/** WebSocket close codes the renderer shows to the user (4000-4999 are for applications). */
export const CLOSE_VM_STOPPED = 4001;
export const CLOSE_TOO_SLOW = 4002;

export class StreamRelay {
  private ring: ByteRing;
  private sock: net.Socket | null = null;
  private viewers = new Set<WebSocket>();
  /** Guest output not yet in the ring nor sent to the viewers: see fromGuest. */
  private stage = Buffer.allocUnsafe(STAGE_BYTES);
  private staged = 0;
  private flushScheduled = false;
  /** When the last frame went out (performance.now()): paces frames while output keeps coming. */
  private lastFlushAt = -Infinity;
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
      // onread: every read lands in one reused buffer, without a Buffer, a stream push and a 'data'
      // event for each byte or two the UART hands over.
      const sock = net.connect({
        path: this.socketPath,
        onread: {
          buffer: Buffer.allocUnsafe(STAGE_BYTES),
          callback: (n, buf) => {
            this.fromGuest(buf, n);
            return true; // keep reading: QEMU must never wait for us
          },
        },
      });
      sock.once('connect', () => {
        sock.off('error', reject);
        this.sock = sock;
        resolve();
      });
      sock.once('error', reject);
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

  /**
   * Bytes held for replay: never more than the scrollback size, however much the guest prints. (Up to
   * STAGE_BYTES more, read in the last few milliseconds, wait in the stage for the next frame.)
   */
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

  /** `n` new bytes at the start of `buf`, which the next read reuses: copy them out now. */
  private fromGuest(buf: Uint8Array, n: number): void {
    if (this.staged + n > STAGE_BYTES) this.flush();
    this.stage.set(buf.subarray(0, n), this.staged);
    this.staged += n;
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Gather what arrives until the next frame is due, and send it as one frame.
    const wait = this.lastFlushAt + FRAME_INTERVAL_MS - performance.now();
    if (wait <= 0) setImmediate(this.scheduledFlush);
    else setTimeout(this.scheduledFlush, wait);
  }

  private scheduledFlush = (): void => {
    this.flushScheduled = false;
    this.flush();
  };

  private flush(): void {
    if (!this.staged) return;
    const staged = this.stage.subarray(0, this.staged);
    this.staged = 0;
    this.lastFlushAt = performance.now();
    this.lastOutputAt = Date.now();
    this.ring.push(staged);
    if (!this.viewers.size) return;
    const data = Buffer.from(staged); // a copy: ws may hold it queued while the stage is refilled
    for (const ws of this.viewers) {
      if (ws.bufferedAmount > VIEWER_HIGH_WATER) this.dropTooSlow(ws);
      else ws.send(data, { binary: true });
    }
  }

  /**
   * Nothing more is sent to it, so its memory stays bounded; the close frame goes out behind what it
   * has not read yet, and it sees 4002 and why once it has caught up. A viewer that never reads again
   * is cut off after the grace (ws would too, 30 s after an unanswered close).
   */
  private dropTooSlow(ws: WebSocket): void {
    this.viewers.delete(ws);
    ws.close(CLOSE_TOO_SLOW, 'This console viewer could not keep up; reconnect to catch up.');
    const cut = setTimeout(() => ws.terminate(), TOO_SLOW_GRACE_MS).unref();
    ws.once('close', () => clearTimeout(cut));
  }
}

function toBuffer(data: Buffer | ArrayBuffer | Buffer[]): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.isBuffer(data) ? data : Buffer.from(data);
}
