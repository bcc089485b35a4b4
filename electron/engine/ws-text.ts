// A `ws` message as text. ws hands a message handler a Buffer with its default binaryType, but its type
// also allows an ArrayBuffer or an array of Buffers (other binaryTypes), which String() would turn
// into "[object ArrayBuffer]" or join with commas.
import type { RawData } from 'ws';

export function wsText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}
