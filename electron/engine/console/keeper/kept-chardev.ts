// One console chardev held by the log keeper: QEMU's single connection to it, the log the guest's output
// is appended to, and the engines reading it. See keeper-main.ts for why this lives outside the engine.
import net from 'node:net';
import { BATCH_BYTES, OutputBatcher } from '../output-batcher.js';
import { encodeLine } from './keeper-protocol.js';
import { LogWriter } from './log-writer.js';

/**
 * A reader (an engine) that has this much unsent output is dropped rather than let grow without bound
 * or slow the guest: it connects again and catches up from the log.
 */
export const READER_HIGH_WATER = 8 * 1024 * 1024;

export class KeptChardev {
  private readonly log: LogWriter;
  private readonly readers = new Set<net.Socket>();
  /** Readers that joined while the log was still being written up to their offset: their output, held. */
  private readonly joining = new Map<net.Socket, Buffer[]>();
  private readonly batcher = new OutputBatcher((chunk) => this.out(chunk));
  private qemu: net.Socket | null = null;

  private constructor(
    logPath: string,
    private readonly onClosed: () => void,
  ) {
    this.log = new LogWriter(logPath);
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
  async admit(reader: net.Socket, typed: Buffer): Promise<void> {
    this.batcher.flush(); // the size below must cover every byte read so far
    const logSize = this.log.size;
    const held: Buffer[] = [];
    this.joining.set(reader, held);
    reader.on('close', () => {
      this.joining.delete(reader);
      this.readers.delete(reader);
    });
    // The reader reads the log up to logSize as soon as it is told: it must be in the file by then.
    // (Should the log be rotated in this instant, its scrollback misses what went into log.1.)
    await this.log.drained();
    if (!this.joining.delete(reader)) return; // it left meanwhile
    reader.write(encodeLine({ logSize }));
    for (const data of held) reader.write(data);
    this.readers.add(reader);
    if (typed.length) this.qemu?.write(typed);
    reader.on('data', (data: Buffer) => this.qemu?.write(data));
  }

  private out(chunk: Buffer): void {
    const data = Buffer.from(chunk); // the batcher reuses its stage; the log and sockets may queue this
    this.log.append(data);
    for (const held of this.joining.values()) held.push(data);
    for (const reader of this.readers) {
      if (reader.writableLength > READER_HIGH_WATER) reader.destroy();
      else reader.write(data);
    }
  }

  /** QEMU closed the chardev (the VM is gone): the last bytes to the log, the readers let go. */
  private closed(): void {
    this.batcher.flush();
    void this.log.close();
    for (const reader of this.readers) reader.end();
    this.readers.clear();
    this.onClosed();
  }
}
