// A console viewer: what the guest prints arrives here, from VirtDesk's relay (a WebSocket) or from
// QEMU's chardev socket directly. Keys go back the way each path carries them: a text frame, as
// xterm's AttachAddon sends typed keys, or plain bytes on the socket.
//
// The reader must never be the bottleneck: QEMU writes the serial port one byte per write(), a unix
// socket fills after a few hundred such writes, and then the guest's UART waits for the reader. So a
// chunk costs O(its size): waiters look at new chunks only (plus a needle's length of overlap), and
// the whole text is joined only when someone asks for it.
import net from 'node:net';
import WebSocket from 'ws';
import { sleep } from './stats.mjs';

export class SerialReader {
  /** Characters received so far (latin1: one per byte). */
  length = 0;
  closed = false;
  #joined = '';
  #pending = [];
  #waiters = new Set();

  constructor(send, close) {
    this.send = send;
    this.close = close;
  }

  /** A viewer of a VirtDesk console URL (rpc.mjs: api.consoleUrl). */
  static async webSocket(url) {
    const ws = new WebSocket(url);
    const reader = new SerialReader(
      (s) => ws.send(s),
      () => ws.close(),
    );
    ws.on('message', (data) => reader.push(data));
    ws.on('close', () => reader.end());
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return reader;
  }

  /** A client of QEMU's chardev socket; retries while QEMU has not created it yet. */
  static async unixSocket(path, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const sock = await new Promise((resolve, reject) => {
          const s = net.connect(path);
          s.once('connect', () => resolve(s));
          s.once('error', reject);
        });
        const reader = new SerialReader(
          (s) => sock.write(s),
          () => sock.destroy(),
        );
        sock.on('data', (data) => reader.push(data));
        sock.on('close', () => reader.end());
        return reader;
      } catch (err) {
        if (Date.now() > deadline) throw new Error(`cannot connect to ${path}: ${err.message}`);
        await sleep(5);
      }
    }
  }

  /** Everything received, as one string. */
  get text() {
    if (this.#pending.length) {
      this.#joined += this.#pending.join('');
      this.#pending = [];
    }
    return this.#joined;
  }

  push(data) {
    const at = performance.now();
    const chunk = Buffer.from(data).toString('latin1');
    this.#pending.push(chunk);
    this.length += chunk.length;
    for (const w of this.#waiters) w.onChunk(chunk, at);
  }

  end() {
    this.closed = true;
    for (const w of this.#waiters) w.fail(new Error(`console closed before ${w.what}`));
  }

  /** Resolves with the arrival time (performance.now()) of the chunk in which `needle` showed up after offset `from`. */
  waitFor(needle, from = 0, timeoutMs = 30_000) {
    if (this.text.indexOf(needle, from) >= 0) return Promise.resolve(performance.now());
    let tail = this.text.slice(Math.max(from, this.length - needle.length + 1));
    return this.#wait(JSON.stringify(needle), timeoutMs, (chunk) => {
      const seen = tail + chunk;
      if (seen.includes(needle)) return true;
      tail = seen.slice(-(needle.length - 1) || seen.length);
      return false;
    });
  }

  /** Resolves with the arrival time of the chunk that brought the text past offset `from`. */
  waitForMore(from = 0, timeoutMs = 30_000) {
    if (this.length > from) return Promise.resolve(performance.now());
    return this.#wait(`output after offset ${from}`, timeoutMs, () => this.length > from);
  }

  /**
   * The shell is ready for keys: its prompt, then (keys typed the instant the line editor starts can be
   * lost) an empty line and the next prompt.
   */
  async waitForShell(prompt = 'guest# ', timeoutMs = 90_000) {
    await this.waitFor(prompt, 0, timeoutMs);
    await this.run('');
  }

  /** Type a command line, wait for its echo, press Enter and wait for the next prompt. */
  async run(line, prompt = 'guest# ', timeoutMs = 30_000) {
    if (line) {
      const from = this.length;
      this.send(line);
      await this.waitFor(line.slice(-8), from, timeoutMs);
    }
    const at = this.length;
    this.send('\r');
    await this.waitFor(prompt, at, timeoutMs);
  }

  #wait(what, timeoutMs, found) {
    if (this.closed) return Promise.reject(new Error(`console closed before ${what}`));
    return new Promise((resolve, reject) => {
      const waiter = {
        what,
        onChunk: (chunk, at) => found(chunk) && settle(() => resolve(at)),
        fail: (err) => settle(() => reject(err)),
      };
      const timer = setTimeout(
        () => waiter.fail(new Error(`timed out waiting for ${what}; got: ${JSON.stringify(this.text.slice(-300))}`)),
        timeoutMs,
      );
      const settle = (fn) => {
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        fn();
      };
      this.#waiters.add(waiter);
    });
  }
}
