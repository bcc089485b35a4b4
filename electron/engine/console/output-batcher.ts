// Gathers a chardev's tiny reads into few chunks. QEMU's UART hands over a byte or two per read; doing
// the downstream work (a WebSocket frame, a log write, a socket write) per read took 13 of the engine's
// 17 s of CPU in a profile of 3 MiB of output (BENCHMARKS.md). Both readers of a console use it: the
// log keeper (console/keeper/) and the relay to the viewers (stream-relay.ts).

/**
 * While the guest prints without pause, at most one chunk this often. Output after a quiet moment (a
 * typed key's echo) still goes at once.
 */
export const FRAME_INTERVAL_MS = 4;
/** What is gathered between two chunks; more than this is emitted at once. */
export const BATCH_BYTES = 64 * 1024;

export class OutputBatcher {
  private stage = Buffer.allocUnsafe(BATCH_BYTES);
  private staged = 0;
  private scheduled = false;
  /** When the last chunk went out (performance.now()): paces chunks while output keeps coming. */
  private lastFlushAt = -Infinity;

  /** `emit` gets a view of the stage, valid only during the call: copy what must outlive it. */
  constructor(private readonly emit: (chunk: Buffer) => void) {}

  /**
   * `n` new bytes at the start of `buf`, which the next read reuses: copied into the stage now. Reads
   * are at most BATCH_BYTES (the readers' buffers are that size).
   */
  add(buf: Uint8Array, n: number): void {
    if (this.staged + n > BATCH_BYTES) this.flush();
    this.stage.set(buf.subarray(0, n), this.staged);
    this.staged += n;
    if (this.scheduled) return;
    this.scheduled = true;
    const wait = this.lastFlushAt + FRAME_INTERVAL_MS - performance.now();
    if (wait <= 0) setImmediate(this.scheduledFlush);
    else setTimeout(this.scheduledFlush, wait);
  }

  /** Emit what is staged now (before a reader joins, or the source closes). */
  flush(): void {
    if (!this.staged) return;
    const chunk = this.stage.subarray(0, this.staged);
    this.staged = 0;
    this.lastFlushAt = performance.now();
    this.emit(chunk);
  }

  private scheduledFlush = (): void => {
    this.scheduled = false;
    this.flush();
  };
}
