import type { IDisposable, Terminal } from '@xterm/xterm';
import { CONSOLE_CLOSE_CODE, RELAY_CLOSE_REASON } from '../../../shared/console-close.js';
import { TerminalFeed } from './terminal-feed.js';

/** How a link ended, in a WebSocket close's terms (closeReason turns it into words). */
export interface LinkClose {
  code: number;
  reason: string;
}

export interface RelayLinkEvents {
  /** The socket is open and the terminal was reset for the relay's replay. */
  opened: () => void;
  /** Never called after close(). */
  closed: (how: LinkClose) => void;
  /** xterm has parsed all it was given: the bytes parsed since the link opened. */
  caughtUp?: (parsed: number) => void;
}

/**
 * A plain WebSocket cannot stop reading: past this much unparsed output the viewer gives up and
 * reconnects (the relay replays its scrollback) rather than let xterm discard data at 50 MB.
 */
const EVENTS_GIVE_UP = 16 * 1024 * 1024;

/** Chromium's (and Electron's) WebSocket with backpressure: not in TypeScript's DOM library yet. */
interface WebSocketStreamLike {
  opened: Promise<{ readable: ReadableStream<ArrayBuffer | Uint8Array | string>; writable: WritableStream<string | Uint8Array> }>;
  closed: Promise<{ closeCode?: number; reason?: string }>;
  close: (info?: { closeCode?: number; reason?: string }) => void;
}
type WebSocketStreamCtor = new (url: string) => WebSocketStreamLike;

/**
 * Attaches the terminal to a relay socket: output into xterm with flow control, keys back as
 * @xterm/addon-attach sends them (typed text as text frames, binary input as binary frames). Where the
 * browser has WebSocketStream the link reads only while xterm keeps up, so a flood waits in the network
 * instead of the page's memory; elsewhere a plain WebSocket, which gives up past EVENTS_GIVE_UP.
 */
export function attachRelay(term: Terminal, url: string, events: RelayLinkEvents): { close: () => void } {
  const Stream = (globalThis as { WebSocketStream?: WebSocketStreamCtor }).WebSocketStream;
  return Stream ? viaStream(Stream, term, url, events) : viaEvents(term, url, events);
}

function keysTo(term: Terminal, send: (data: string | Uint8Array) => void): IDisposable[] {
  return [term.onData((s) => send(s)), term.onBinary((s) => send(Uint8Array.from(s, (c) => c.charCodeAt(0) & 255)))];
}

const toChunk = (v: ArrayBuffer | Uint8Array | string): Uint8Array | string => (v instanceof ArrayBuffer ? new Uint8Array(v) : v);

function viaStream(Stream: WebSocketStreamCtor, term: Terminal, url: string, events: RelayLinkEvents): { close: () => void } {
  const wss = new Stream(url);
  const feed = new TerminalFeed(term, (n) => events.caughtUp?.(n));
  let keys: IDisposable[] = [];
  let done = false;
  const end = (how: LinkClose) => {
    keys.forEach((k) => k.dispose());
    keys = [];
    feed.release();
    if (!done) events.closed(how);
    done = true;
  };
  wss.opened
    .then(
      async ({ readable, writable }) => {
        if (done) return;
        term.reset(); // the relay replays its scrollback: a reconnect must not show it twice
        const writer = writable.getWriter();
        // Typing while the link is going down just goes nowhere.
        keys = keysTo(term, (data) => void writer.write(data).catch(() => {}));
        events.opened();
        events.caughtUp?.(0);
        const reader = readable.getReader();
        for (;;) {
          await feed.room();
          if (done) return;
          const { value, done: over } = await reader.read();
          if (over || done) return;
          feed.write(toChunk(value));
        }
      },
      () => {}, // `closed` rejects too and says why
    )
    .catch(() => {}); // a read fails when the link drops: `closed` reports it
  wss.closed.then(
    ({ closeCode, reason }) => end({ code: closeCode ?? 1005, reason: reason ?? '' }),
    (err: { closeCode?: number; reason?: string }) => end({ code: err?.closeCode ?? 1006, reason: err?.reason ?? '' }),
  );
  return {
    close() {
      if (done) return;
      done = true;
      end({ code: 1000, reason: '' });
      wss.close({ closeCode: 1000, reason: 'console closed' });
    },
  };
}

function viaEvents(term: Terminal, url: string, events: RelayLinkEvents): { close: () => void } {
  const ws = new WebSocket(url);
  ws.binaryType = 'arraybuffer';
  const feed = new TerminalFeed(term, (n) => events.caughtUp?.(n));
  let keys: IDisposable[] = [];
  let done = false;
  const stopKeys = () => {
    keys.forEach((k) => k.dispose());
    keys = [];
  };
  ws.addEventListener('open', () => {
    if (done) return;
    term.reset(); // the relay replays its scrollback: a reconnect must not show it twice
    keys = keysTo(term, (data) => ws.readyState === WebSocket.OPEN && ws.send(data));
    events.opened();
    events.caughtUp?.(0);
  });
  ws.addEventListener('message', (ev: MessageEvent<ArrayBuffer | string>) => {
    if (done) return;
    if (feed.queued > EVENTS_GIVE_UP) {
      // The relay's own code and words, so closeReason shows the same sentence either way.
      ws.close(CONSOLE_CLOSE_CODE.tooSlow, RELAY_CLOSE_REASON.tooSlow);
      return;
    }
    feed.write(toChunk(ev.data));
  });
  ws.addEventListener('close', (ev) => {
    stopKeys();
    if (!done) events.closed({ code: ev.code, reason: ev.reason });
    done = true;
  });
  return {
    close() {
      done = true;
      stopKeys();
      ws.close(1000, 'console closed');
    },
  };
}
