// One chardev of one VM (the serial port, the virtio console, the monitor), shared by any number of
// WebSocket viewers. QEMU lets a single client read a chardev socket and stalls the guest if that client
// stops reading, so the relay holds one link to it (directly, or through the console log keeper: see
// chardev-source.ts), always reads, keeps a bounded scrollback, and fans out. Slow viewers are dropped,
// never QEMU throttled.
import type net from 'node:net';
import type { WebSocket } from 'ws';
import { stripTerminalQueries } from './terminal-queries.js';
import { ByteRing } from './byte-ring.js';
import type { ChardevSource } from './chardev-source.js';
import { OutputBatcher } from './output-batcher.js';
import { CONSOLE_CLOSE_CODE, RELAY_CLOSE_REASON, type RelayCloseReason } from '../../../shared/console-close.js';

/** The default (and the least) scrollback: Settings.scrollbackKiB can raise it. */
export const SCROLLBACK_BYTES = 1024 * 1024;
/** A viewer that has this much unsent data is not keeping up. */
export const VIEWER_HIGH_WATER = 8 * 1024 * 1024;
/**
 * How long a viewer dropped as too slow has to read what it was sent and the close frame (4002) after
 * it, before its connection is cut: it cannot see the reason before it has read the 8 MiB ahead of it.
 */
export const TOO_SLOW_GRACE_MS = 30_000;
/** After a lost link to a source that reopens, the waits before each new try (then it gives up). */
const REOPEN_AFTER_MS = [0, 100, 400, 1_000, 2_000, 4_000];

export class StreamRelay {
  private ring: ByteRing;
  private sock: net.Socket | null = null;
  private viewers = new Set<WebSocket>();
  /** The guest's tiny reads, gathered into one frame per FRAME_INTERVAL_MS while output streams. */
  private readonly batcher = new OutputBatcher((chunk) => {
    this.lastOutputAt = Date.now();
    this.deliver(Buffer.from(chunk)); // a copy: ws may hold it queued while the stage is refilled
  });
  private closed = false;
  /** When the guest last printed (ms epoch): a sign of life for the KVM watchdog. */
  lastOutputAt: number | null = null;

  constructor(
    private readonly source: ChardevSource,
    readonly scrollbackBytes = SCROLLBACK_BYTES,
  ) {
    this.ring = new ByteRing(scrollbackBytes);
  }

  /**
   * Connect to the chardev, seeding the scrollback with what the source kept. Called while the guest is
   * still paused at start (-S), or running (re-attach after an engine restart: the keeper's log covers
   * what was printed meanwhile, to the byte).
   */
  async connect(): Promise<void> {
    const { socket, replay } = await this.source.open((buf, n) => this.batcher.add(buf, n));
    this.ring = new ByteRing(this.scrollbackBytes);
    if (replay.length) this.ring.push(replay);
    this.hold(socket);
  }

  private hold(socket: net.Socket): void {
    this.sock = socket;
    socket.on('error', () => {}); // 'close' follows; the VM's state machine reports why
    socket.on('close', () => {
      if (this.sock !== socket) return;
      this.sock = null;
      if (!this.closed && this.source.reopens) void this.reopen();
    });
  }

  /** The link was lost while the VM runs (the keeper dropped us as too slow, or was killed): again. */
  private async reopen(): Promise<void> {
    this.batcher.flush();
    for (const wait of REOPEN_AFTER_MS) {
      await new Promise((r) => setTimeout(r, wait));
      if (this.closed) return;
      try {
        const { socket, replay } = await this.source.open((buf, n) => this.batcher.add(buf, n));
        if (this.closed) return void socket.destroy();
        if (replay.length) this.deliver(replay);
        return this.hold(socket);
      } catch {
        /* the VM may be gone: its state machine closes us; else the next try */
      }
    }
  }

  get connected(): boolean {
    return this.sock !== null;
  }

  get viewerCount(): number {
    return this.viewers.size;
  }

  /**
   * Bytes held for replay: never more than the scrollback size, however much the guest prints. (Up to
   * BATCH_BYTES more, read in the last few milliseconds, wait in the stage for the next frame.)
   */
  get bufferedBytes(): number {
    return this.ring.length;
  }

  /** Replay the scrollback, then stream live output; typed input goes to the guest. */
  addViewer(ws: WebSocket): void {
    this.batcher.flush(); // what the others have not been sent yet is in the snapshot below: send it to them first
    this.viewers.add(ws);
    const backlog = stripTerminalQueries(this.ring.snapshot());
    if (backlog.length) ws.send(backlog, { binary: true });
    ws.on('message', (data, isBinary) => {
      // The terminal page sends typed text as text frames and binary input as binary frames.
      const bytes = isBinary ? toBuffer(data) : Buffer.from(toBuffer(data).toString('utf8'), 'utf8');
      this.sock?.write(bytes);
    });
    ws.on('close', () => this.viewers.delete(ws));
    ws.on('error', () => this.viewers.delete(ws));
  }

  /** The VM is gone: tell every viewer why and let go of the socket. */
  close(reason: RelayCloseReason): void {
    this.closed = true;
    this.batcher.flush();
    this.sock?.destroy();
    this.sock = null;
    for (const ws of this.viewers) ws.close(CONSOLE_CLOSE_CODE.vmStopped, RELAY_CLOSE_REASON[reason]);
    this.viewers.clear();
  }

  /** Output for the scrollback and every viewer. */
  private deliver(data: Buffer): void {
    this.ring.push(data);
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
    ws.close(CONSOLE_CLOSE_CODE.tooSlow, RELAY_CLOSE_REASON.tooSlow);
    const cut = setTimeout(() => ws.terminate(), TOO_SLOW_GRACE_MS).unref();
    ws.once('close', () => clearTimeout(cut));
  }
}

function toBuffer(data: Buffer | ArrayBuffer | Buffer[]): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.isBuffer(data) ? data : Buffer.from(data);
}
