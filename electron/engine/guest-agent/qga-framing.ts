// The guest agent's wire format, pure and unit tested: JSON objects, one per line, like QMP, but with no
// greeting and no promise that what comes first belongs to us (a reply to a command sent before an
// engine restart may still be in the pipe). So, as libvirt does, every conversation starts with
// guest-sync-delimited and a random id: the agent answers with a 0xFF byte before that reply, which
// means "forget what you have half read", and every reply before the one carrying our id is dropped.

/** The byte qemu-ga sends before a guest-sync-delimited reply (never part of valid UTF-8 JSON). */
export const QGA_DELIMITER = 0xff;

export type QgaMessage = { return: unknown } | { error: { class: string; desc: string } };

/**
 * A reply longer than this is no reply of qemu-ga's (a guest with a hundred interfaces sends tens of KB):
 * the guest is not trusted, so a line without end is dropped rather than kept growing in the engine.
 */
export const MAX_REPLY_BYTES = 4 * 1024 * 1024;

/** Splits the agent's byte stream into messages; 0xFF throws away whatever came before it. */
export class QgaReader {
  private rest = Buffer.alloc(0);

  push(chunk: Buffer): QgaMessage[] {
    let data = Buffer.concat([this.rest, chunk]);
    const delimiter = data.lastIndexOf(QGA_DELIMITER);
    if (delimiter >= 0) data = data.subarray(delimiter + 1);
    const out: QgaMessage[] = [];
    let start = 0;
    for (let nl = data.indexOf(0x0a); nl >= 0; nl = data.indexOf(0x0a, start)) {
      const line = data.subarray(start, nl).toString('utf8').trim();
      start = nl + 1;
      const msg = parseReply(line);
      if (msg) out.push(msg);
    }
    this.rest = data.length - start > MAX_REPLY_BYTES ? Buffer.alloc(0) : Buffer.from(data.subarray(start));
    return out;
  }
}

/** A reply or an error; anything else (blank, half a line from before a reset, not JSON) is null. */
function parseReply(line: string): QgaMessage | null {
  if (!line) return null;
  try {
    const v: unknown = JSON.parse(line);
    if (typeof v === 'object' && v !== null && ('return' in v || 'error' in v)) return v as QgaMessage;
  } catch {
    /* not JSON: dropped, the next sync puts the stream right */
  }
  return null;
}

/** One command; the agent reads up to the newline. */
export function encodeQga(execute: string, args?: Record<string, unknown>): Buffer {
  return Buffer.from(`${JSON.stringify(args === undefined ? { execute } : { execute, arguments: args })}\n`);
}

/**
 * guest-sync-delimited with id, preceded by 0xFF: the agent too drops whatever partial command an
 * earlier client left in its parser (QEMU's qga documentation asks clients to do so).
 */
export function encodeSync(id: number): Buffer {
  return Buffer.concat([Buffer.from([QGA_DELIMITER]), encodeQga('guest-sync-delimited', { id })]);
}

/** Is this the answer to our sync? Older replies are skipped until it comes. */
export const isSyncReply = (msg: QgaMessage, id: number) => 'return' in msg && msg.return === id;
