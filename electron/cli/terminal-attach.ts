// A console on this terminal, as `virsh console` does it: the terminal in raw mode (every key goes to
// the guest, Ctrl+C included), the guest's bytes straight to stdout, Ctrl+] to leave. The terminal is
// put back however the attachment ends: the escape, the console closing (VM stopped), end of input,
// a signal, or an error; and on process exit as the last resort.
import WebSocket from 'ws';

/** Ctrl+] (GS, 0x1d): the escape of telnet and virsh console. */
export const ESCAPE = 0x1d;

/** What to send of a chunk of keys, and whether the escape was in it (what follows it is dropped). */
export function splitAtEscape(chunk: Buffer): { send: Buffer; escape: boolean } {
  const at = chunk.indexOf(ESCAPE);
  return at < 0 ? { send: chunk, escape: false } : { send: chunk.subarray(0, at), escape: true };
}

/** A message's bytes, whatever binaryType handed them over. */
const bytesOf = (data: WebSocket.RawData): Buffer =>
  Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(new Uint8Array(data));

export type Detach = 'escape' | 'closed' | 'end' | 'signal';

export interface TerminalIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  stdout: NodeJS.WritableStream;
}

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

/** Opens the console's WebSocket and relays until the attachment ends; resolves with why it ended. */
export async function attachTerminal(url: string, io: TerminalIo, onOpen: () => void): Promise<Detach> {
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode ?? '?'} ${res.statusMessage ?? ''}`.trim())));
    ws.once('error', reject);
  });
  const { stdin, stdout } = io;
  const raw = Boolean(stdin.isTTY && stdin.setRawMode);
  const restore = () => {
    if (raw) stdin.setRawMode!(false);
  };
  if (raw) stdin.setRawMode!(true);
  process.once('exit', restore);
  onOpen();
  return new Promise<Detach>((resolve) => {
    let done = false;
    const finish = (why: Detach) => {
      if (done) return;
      done = true;
      restore();
      process.off('exit', restore);
      for (const s of SIGNALS) process.off(s, onSignal);
      stdin.off('data', onKeys);
      stdin.off('end', onEnd);
      stdin.pause();
      ws.close();
      resolve(why);
    };
    const onKeys = (chunk: Buffer | string) => {
      const { send, escape } = splitAtEscape(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      if (send.length && ws.readyState === WebSocket.OPEN) ws.send(send, { binary: true });
      if (escape) finish('escape');
    };
    const onEnd = () => finish('end');
    const onSignal = () => finish('signal');
    for (const s of SIGNALS) process.once(s, onSignal);
    stdin.on('data', onKeys);
    stdin.once('end', onEnd);
    stdin.resume();
    ws.on('message', (data: WebSocket.RawData) => stdout.write(bytesOf(data)));
    ws.on('error', () => finish('closed'));
    ws.once('close', () => finish('closed'));
    stdout.once('error', () => finish('closed'));
  });
}
