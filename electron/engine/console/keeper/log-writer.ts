// Appends a console's output to its log without ever making the keeper wait for the disk. A write()
// into a file on a busy disk can block for tens of milliseconds (the kernel throttles writers of dirty
// pages); a keeper blocked that long stops reading QEMU's socket, and the virtio console, which has no
// flow control, drops what the full socket cannot take (measured: up to 64 KiB per MiB on a busy
// machine with synchronous writes). So writes go to libuv's thread pool, one at a time and in order,
// what arrives meanwhile gathered into the next one.
import fs from 'node:fs';
import { ROTATE_AT_BYTES, rotateLogSync } from '../../process/rotate-log.js';

export class LogWriter {
  private fd: number;
  /** The log's size once every queued write is done: the offset of the next byte appended. */
  size: number;
  /** Bytes appended and bytes written since the writer opened (they do not restart at a rotation). */
  private appended = 0;
  private written = 0;
  private queue: Buffer[] = [];
  private writing = false;
  private waiters: Array<{ upTo: number; resolve: () => void }> = [];
  private closed = false;

  constructor(
    private readonly file: string,
    private readonly limit = ROTATE_AT_BYTES,
  ) {
    rotateLogSync(file, limit);
    this.fd = fs.openSync(file, 'a', 0o600);
    this.size = fs.fstatSync(this.fd).size;
  }

  /** Queue `data` (kept as is: pass a buffer nobody reuses). */
  append(data: Buffer): void {
    if (this.closed) return;
    if (this.size + data.length > this.limit) {
      this.queue.push(ROTATE);
      this.size = 0;
    }
    this.queue.push(data);
    this.size += data.length;
    this.appended += data.length;
    this.next();
  }

  /**
   * Resolves once everything appended so far is in the file (a reader is about to read it), even if
   * more is appended meanwhile.
   */
  drained(): Promise<void> {
    const upTo = this.appended;
    if (this.written >= upTo) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ upTo, resolve }));
  }

  /** Finish the queued writes, then close the file. */
  async close(): Promise<void> {
    this.closed = true;
    await this.drained();
    fs.closeSync(this.fd);
  }

  private next(): void {
    if (this.writing) return;
    this.waiters = this.waiters.filter((w) => (this.written >= w.upTo ? (w.resolve(), false) : true));
    if (!this.queue.length) return;
    if (this.queue[0] === ROTATE) {
      this.queue.shift();
      this.rotate();
      return this.next();
    }
    const cut = this.queue.indexOf(ROTATE);
    const batch = cut < 0 ? this.queue.splice(0) : this.queue.splice(0, cut);
    const data = batch.length === 1 ? batch[0]! : Buffer.concat(batch);
    this.writing = true;
    this.writeAll(data, 0);
  }

  private writeAll(data: Buffer, from: number): void {
    fs.write(this.fd, data, from, data.length - from, null, (err, n) => {
      // A failed write (disk full) loses that part of the log, never the stream to the viewers.
      if (!err && from + n < data.length) return this.writeAll(data, from + n);
      if (err) process.stderr.write(`${new Date().toISOString()} ${this.file}: ${err.message}\n`);
      this.written += data.length;
      this.writing = false;
      this.next();
    });
  }

  /** Keeps the log bounded while the VM runs: log -> log.1 (the older log.1 goes). */
  private rotate(): void {
    fs.closeSync(this.fd);
    rotateLogSync(this.file, 0);
    this.fd = fs.openSync(this.file, 'a', 0o600);
  }
}

/** A marker in the queue: rotate the log before the next write. */
const ROTATE = Buffer.alloc(0);
