// One console chardev held by the log keeper: QEMU's single connection to it, the log the guest's output
// is appended to, and the engines reading it. See keeper-main.ts for why this lives outside the engine.
import fs from 'node:fs';
import net from 'node:net';
import { BATCH_BYTES, OutputBatcher } from '../output-batcher.js';
import { ROTATE_AT_BYTES, rotateLogSync } from '../../process/rotate-log.js';
import { encodeLine } from './keeper-protocol.js';

/**
 * A reader (an engine) that has this much unsent output is dropped rather than let grow without bound
 * or slow the guest: it connects again and catches up from the log.
 */
export const READER_HIGH_WATER = 8 * 1024 * 1024;

export class KeptChardev {
  private logFd: number;
  private logSize: number;
  private readonly readers = new Set<net.Socket>();
  private readonly batcher = new OutputBatcher((chunk) => this.out(chunk));
  private qemu: net.Socket | null = null;

  private constructor(
    private readonly logPath: string,
    private readonly onClosed: () => void,
  ) {
    rotateLogSync(logPath);
    this.logFd = fs.openSync(logPath, 'a', 0o600);
    this.logSize = fs.fstatSync(this.logFd).size;
  }

  /** Connect to QEMU's chardev socket; rejects when it does not answer (the VM is not running). */
  static open(files: { socket: string; log: string }, onClosed: () => void): Promise<KeptChardev> {
    return new Promise((resolve, reject) => {
      let kept: KeptChardev | null = null;
      // onread: every read lands in one reused buffer, without a Buffer, a stream push and a 'data'
      // event for each byte or two the UART hands over.
      const qemu = net.connect({
        path: files.socket,
        onread: { buffer: Buffer.allocUnsafe(BATCH_BYTES), callback: (n, buf) => (kept?.batcher.add(buf, n), true) },
      });
      qemu.once('connect', () => {
        qemu.off('error', reject);
        try {
          kept = new KeptChardev(files.log, onClosed);
        } catch (err) {
          qemu.destroy();
          return reject(err instanceof Error ? err : new Error(String(err)));
        }
        kept.qemu = qemu;
        qemu.on('error', () => {}); // 'close' follows
        qemu.on('close', () => kept?.closed());
        resolve(kept);
      });
      qemu.once('error', reject);
    });
  }

  /**
   * A reader joins: it is told the log's size now (everything before is in the log, everything after
   * comes down its socket), and what it writes goes to the guest. `typed` is input that came with its
   * request line.
   */
  admit(reader: net.Socket, typed: Buffer): void {
    this.batcher.flush(); // the size below must cover every byte read so far
    reader.write(encodeLine({ logSize: this.logSize }));
    this.readers.add(reader);
    if (typed.length) this.qemu?.write(typed);
    reader.on('data', (data: Buffer) => this.qemu?.write(data));
    reader.on('close', () => this.readers.delete(reader));
  }

  private out(chunk: Buffer): void {
    if (this.logSize + chunk.length > ROTATE_AT_BYTES) this.rotate();
    fs.writeSync(this.logFd, chunk);
    this.logSize += chunk.length;
    if (!this.readers.size) return;
    const data = Buffer.from(chunk); // the batcher reuses its stage; sockets may queue this
    for (const reader of this.readers) {
      if (reader.writableLength > READER_HIGH_WATER) reader.destroy();
      else reader.write(data);
    }
  }

  /** Keeps the log bounded while the VM runs: log -> log.1 (the older log.1 goes). */
  private rotate(): void {
    fs.closeSync(this.logFd);
    rotateLogSync(this.logPath, 0);
    this.logFd = fs.openSync(this.logPath, 'a', 0o600);
    this.logSize = 0;
  }

  /** QEMU closed the chardev (the VM is gone): the last bytes to the log, the readers let go. */
  private closed(): void {
    this.batcher.flush();
    fs.closeSync(this.logFd);
    for (const reader of this.readers) reader.end();
    this.readers.clear();
    this.onClosed();
  }
}
