/**
 * Keeps the last `capacity` bytes written to it: the console's scrollback, replayed to each new viewer.
 * A circular buffer, so each write costs its own length whatever the history: the emulated UART
 * delivers a byte or two per read, and a list of a million one-byte chunks (shifted from the front)
 * made a full scrollback the slowest part of the relay.
 */
export class ByteRing {
  private buf: Buffer | null = null; // allocated on first write: most VMs never print 1 MiB
  /** Where the next byte goes. */
  private end = 0;
  private size = 0;

  constructor(readonly capacity: number) {}

  push(data: Buffer): void {
    if (data.length >= this.capacity) {
      this.buf ??= Buffer.allocUnsafe(this.capacity);
      data.copy(this.buf, 0, data.length - this.capacity);
      this.end = 0;
      this.size = this.capacity;
      return;
    }
    const buf = (this.buf ??= Buffer.allocUnsafe(this.capacity));
    const first = Math.min(data.length, this.capacity - this.end);
    data.copy(buf, this.end, 0, first);
    if (first < data.length) data.copy(buf, 0, first);
    this.end = (this.end + data.length) % this.capacity;
    this.size = Math.min(this.capacity, this.size + data.length);
  }

  get length(): number {
    return this.size;
  }

  /** The bytes in order, oldest first (a copy: later writes do not change it). */
  snapshot(): Buffer {
    if (!this.buf || this.size === 0) return Buffer.alloc(0);
    const start = (this.end - this.size + this.capacity) % this.capacity;
    if (start + this.size <= this.capacity) return Buffer.from(this.buf.subarray(start, start + this.size));
    return Buffer.concat([this.buf.subarray(start), this.buf.subarray(0, this.end)], this.size);
  }
}
