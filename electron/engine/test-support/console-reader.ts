// A console viewer for tests: a real WebSocket to the relay, collecting what the guest prints.
//
// The reader must not be the bottleneck of a flood: the relay runs in the test's own process, so a
// reader that re-scans everything it has on each frame slows the relay, which then reads QEMU's
// socket late and holds the guest's UART back. So a frame costs O(its size): string patterns are
// looked for in new frames only (plus the pattern's length of overlap), and the whole text is joined
// only when someone asks for it.
import WebSocket from 'ws';

interface Waiter {
  onChunk(chunk: string): void;
  onClose(): void;
}

export class ConsoleReader {
  closed: { code: number; reason: string } | null = null;
  /** Characters received so far (latin1: one per byte). */
  length = 0;
  private joined = '';
  private pending: string[] = [];
  private waiters = new Set<Waiter>();

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const chunk = data.toString('latin1');
      this.pending.push(chunk);
      this.length += chunk.length;
      for (const w of [...this.waiters]) w.onChunk(chunk);
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      for (const w of [...this.waiters]) w.onClose();
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

  /** Everything received, as one string. */
  get text(): string {
    if (this.pending.length) {
      this.joined += this.pending.join('');
      this.pending = [];
    }
    return this.joined;
  }

  /** Type as xterm's AttachAddon does: a text frame. */
  type(text: string): void {
    this.ws.send(text);
  }

  /** Resolves when `pattern` appears in what arrived after `from` (an offset into text). */
  waitFor(pattern: RegExp | string, timeoutMs = 30_000, from = 0): Promise<void> {
    if (typeof pattern === 'string') {
      if (this.text.indexOf(pattern, from) >= 0) return Promise.resolve();
      let tail = this.text.slice(Math.max(from, this.length - pattern.length + 1));
      const found = () => this.text.indexOf(pattern, from) >= 0;
      return this.wait(pattern, timeoutMs, found, (chunk) => {
        const seen = tail + chunk;
        if (seen.includes(pattern)) return true;
        tail = seen.slice(seen.length - (pattern.length - 1));
        return false;
      });
    }
    // Regular expressions can span anything: re-test the text after `from` (for short outputs).
    const found = () => pattern.test(this.text.slice(from));
    return found() ? Promise.resolve() : this.wait(pattern, timeoutMs, found, found);
  }

  /**
   * Waits for the shell's prompt, then presses Enter until a new prompt answers: keys typed in the
   * instant the guest's shell sets up its line editor can be lost (seen on busy cores), and a test
   * that types its command then would wait for nothing.
   */
  async waitForShell(prompt: string, timeoutMs = 60_000): Promise<void> {
    await this.waitFor(prompt, timeoutMs);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const from = this.length;
      this.type('\r');
      try {
        return await this.waitFor(prompt, Math.max(1, Math.min(3_000, deadline - Date.now())), from);
      } catch (err) {
        if (this.closed || Date.now() >= deadline) throw err;
      }
    }
  }

  close(): void {
    this.ws.close();
  }

  /**
   * `seen` is the cheap per-frame check; `found` re-reads everything once at the deadline, so a
   * pattern that did arrive is never reported missing (a CI run once printed the very line it timed
   * out on), and the message then shows the raw tail with its control characters escaped.
   */
  private wait(pattern: RegExp | string, timeoutMs: number, found: () => boolean, seen: (chunk: string) => boolean): Promise<void> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const done = (err?: Error) => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        if (err) reject(err);
        else resolve();
      };
      const timer = setTimeout(() => {
        if (found()) return done();
        const raw = JSON.stringify(this.text.slice(-400));
        done(
          new Error(`timed out after ${Date.now() - started} ms waiting for ${pattern}; got:\n${this.text.slice(-2000)}\nraw end: ${raw}`),
        );
      }, timeoutMs);
      const waiter: Waiter = {
        onChunk: (chunk) => seen(chunk) && done(),
        onClose: () => done(new Error(`console closed (${this.closed!.code} ${this.closed!.reason}) before ${pattern}`)),
      };
      if (this.closed) return waiter.onClose();
      this.waiters.add(waiter);
    });
  }
}
