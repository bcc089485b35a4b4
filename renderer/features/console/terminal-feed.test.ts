import { describe, expect, it } from 'vitest';
import { FEED_HIGH_WATER, FEED_LOW_WATER, TerminalFeed } from './terminal-feed.js';

/** A terminal that parses only when told to, oldest chunk first, as xterm's write buffer does. */
function slowTerminal() {
  const queue: Array<() => void> = [];
  return {
    write: (_data: string | Uint8Array, parsed?: () => void) => void queue.push(parsed ?? (() => {})),
    parse: (chunks: number) => queue.splice(0, chunks).forEach((cb) => cb()),
    get backlog() {
      return queue.length;
    },
  };
}

const KiB = 1024;

describe('terminal feed', () => {
  it('has room until HIGH_WATER bytes wait for the parser, and again once they are down to LOW_WATER', async () => {
    const term = slowTerminal();
    const feed = new TerminalFeed(term);
    const chunk = new Uint8Array(32 * KiB);
    while (feed.room() === null) feed.write(chunk);
    expect(feed.queued).toBe(FEED_HIGH_WATER);

    let resumed = false;
    const wait = feed.room()!.then(() => (resumed = true));
    term.parse((FEED_HIGH_WATER - FEED_LOW_WATER) / chunk.length - 1);
    await Promise.resolve();
    expect(resumed).toBe(false); // still above LOW_WATER: reading again now would only flap
    term.parse(1);
    await wait;
    expect(feed.queued).toBe(FEED_LOW_WATER);
    expect(feed.room()).toBeNull();
  });

  it('counts the bytes xterm parsed and says when it has caught up', () => {
    const term = slowTerminal();
    const caught: number[] = [];
    const feed = new TerminalFeed(term, (n) => caught.push(n));
    feed.write('hello');
    feed.write(new Uint8Array(10));
    term.parse(1);
    expect(caught).toEqual([]); // 10 bytes are still queued
    term.parse(1);
    expect(caught).toEqual([15]);
    expect(feed.parsed).toBe(15);
    expect(feed.queued).toBe(0);
  });

  it('lets a waiting reader go when the link closes, whatever the terminal does', async () => {
    const term = slowTerminal();
    const feed = new TerminalFeed(term);
    feed.write(new Uint8Array(FEED_HIGH_WATER));
    const wait = feed.room()!;
    feed.release();
    await wait;
    expect(term.backlog).toBe(1);
  });
});
