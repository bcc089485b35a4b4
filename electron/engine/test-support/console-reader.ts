// A console viewer for tests: a real WebSocket to the relay, collecting what the guest prints.
import WebSocket from 'ws';

export class ConsoleReader {
  text = '';
  closed: { code: number; reason: string } | null = null;
  private waiters: Array<() => void> = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      this.text += data.toString('latin1');
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  static open(url: string): Promise<ConsoleReader> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const reader = new ConsoleReader(ws);
      ws.once('open', () => resolve(reader));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  /** Type as xterm's AttachAddon does: a text frame. */
  type(text: string): void {
    this.ws.send(text);
  }

  /** Resolves when `pattern` appears in what arrived after `from` (an offset into text). */
  async waitFor(pattern: RegExp | string, timeoutMs = 30_000, from = 0): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const found = () =>
      typeof pattern === 'string' ? this.text.indexOf(pattern, from) >= 0 : pattern.test(this.text.slice(from));
    while (!found()) {
      if (this.closed) throw new Error(`console closed (${this.closed.code} ${this.closed.reason}) before ${pattern}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${pattern}; got:\n${this.text.slice(-2000)}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, left);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  /**
   * Waits for the shell's prompt, then sends an empty line and waits for the next one: keys typed in
   * the instant the guest's shell sets up its line editor can be lost.
   */
  async waitForShell(prompt: string, timeoutMs = 60_000): Promise<void> {
    await this.waitFor(prompt, timeoutMs);
    const from = this.text.length;
    this.type('\r');
    await this.waitFor(prompt, 10_000, from);
  }

  close(): void {
    this.ws.close();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}
