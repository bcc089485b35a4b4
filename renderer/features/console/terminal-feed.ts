/**
 * xterm.js parses 5-35 MB/s, in slices of 12 ms: what is queued beyond a few hundred KB only delays the
 * echo of the next key and grows the page's memory (past 50 MB xterm throws the data away). Above
 * HIGH_WATER the link stops reading, so the rest waits in the network (and the relay, which drops a
 * viewer that far behind, never the guest); it reads again once the queue is down to LOW_WATER.
 * See https://xtermjs.org/docs/guides/flowcontrol/.
 */
export const FEED_HIGH_WATER = 256 * 1024;
export const FEED_LOW_WATER = 64 * 1024;

/** What the feed needs of xterm's Terminal: a write with a callback once the chunk is parsed. */
export interface Writable {
  write: (data: string | Uint8Array, parsed?: () => void) => void;
}

/** Writes one link's relay output into the terminal, counting what is queued and what xterm parsed. */
export class TerminalFeed {
  /** Written, not parsed yet. */
  queued = 0;
  /** Parsed since the link opened (its replayed scrollback included). */
  parsed = 0;
  private waiting: (() => void) | null = null;

  constructor(
    private readonly term: Writable,
    /** Called whenever xterm has parsed everything written so far. */
    private readonly caughtUp: (parsed: number) => void = () => {},
  ) {}

  write(data: string | Uint8Array): void {
    const n = data.length;
    this.queued += n;
    this.term.write(data, () => {
      this.queued -= n;
      this.parsed += n;
      if (this.queued <= FEED_LOW_WATER) this.wake();
      if (this.queued === 0) this.caughtUp(this.parsed);
    });
  }

  /** Null while there is room; else a promise that resolves once the terminal has parsed its way down. */
  room(): Promise<void> | null {
    if (this.queued < FEED_HIGH_WATER) return null;
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** The link is closing: whoever waits for room must not wait for a terminal that may be gone. */
  release(): void {
    this.wake();
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = null;
    w?.();
  }
}
