// A console viewer: what the guest prints arrives here, from VirtDesk's relay (a WebSocket) or from
// QEMU's chardev socket directly. Keys go back the way each path carries them: a text frame, as
// xterm's AttachAddon sends typed keys, or plain bytes on the socket.
import net from 'node:net';
import WebSocket from 'ws';
import { sleep } from './stats.mjs';

export class SerialReader {
  text = '';
  /** performance.now() when the last chunk arrived. */
  lastAt = 0;
  closed = false;
  #waiters = [];

  constructor(send, close) {
    this.send = send;
    this.close = close;
  }

  /** A viewer of a VirtDesk console URL (openConsole). */
  static async webSocket(url) {
    const ws = new WebSocket(url);
    const reader = new SerialReader((s) => ws.send(s), () => ws.close());
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
        sock.setNoDelay(true);
        const reader = new SerialReader((s) => sock.write(s), () => sock.destroy());
        sock.on('data', (data) => reader.push(data));
        sock.on('close', () => reader.end());
        return reader;
      } catch (err) {
        if (Date.now() > deadline) throw new Error(`cannot connect to ${path}: ${err.message}`);
        await sleep(5);
      }
    }
  }

  push(data) {
    this.lastAt = performance.now();
    this.text += Buffer.from(data).toString('latin1');
    this.#wake();
  }

  end() {
    this.closed = true;
    this.#wake();
  }

  /** Resolves with the arrival time of the chunk in which `needle` showed up after offset `from`. */
  waitFor(needle, from = 0, timeoutMs = 30_000) {
    return this.#until(() => this.text.indexOf(needle, from) >= 0, JSON.stringify(needle), timeoutMs);
  }

  /** Resolves with the arrival time of the chunk that brought the text past offset `from`. */
  waitForMore(from = 0, timeoutMs = 30_000) {
    return this.#until(() => this.text.length > from, `output after offset ${from}`, timeoutMs);
  }

  async #until(found, what, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (!found()) {
      if (this.closed) throw new Error(`console closed before ${what}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; got: ${JSON.stringify(this.text.slice(-300))}`);
      await new Promise((r) => {
        const t = setTimeout(r, left);
        this.#waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
    return this.lastAt;
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
    const from = this.text.length;
    if (line) {
      this.send(line);
      await this.waitFor(line.slice(-8), from, timeoutMs);
    }
    const at = this.text.length;
    this.send('\r');
    await this.waitFor(prompt, at, timeoutMs);
  }

  #wake() {
    const w = this.#waiters;
    this.#waiters = [];
    for (const f of w) f();
  }
}
