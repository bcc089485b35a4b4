// QMP speaks one JSON object per line. Pure helpers, unit tested: bytes in, messages out.

export type QmpMessage =
  | { QMP: { version: unknown; capabilities: unknown[] } }
  | { return: unknown; id?: string }
  | { error: { class: string; desc: string }; id?: string }
  | { event: string; data?: Record<string, unknown>; timestamp: { seconds: number; microseconds: number } };

/** Splits a byte stream into lines; keeps a partial line until its newline arrives. */
export class LineSplitter {
  private rest = '';
  push(chunk: string): string[] {
    const parts = (this.rest + chunk).split('\n');
    this.rest = parts.pop() ?? '';
    return parts.map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  }
}

export function parseQmpLine(line: string): QmpMessage {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null) throw new SyntaxError(`not a QMP object: ${line.slice(0, 200)}`);
  return value as QmpMessage;
}

export function encodeCommand(id: string, execute: string, args?: Record<string, unknown>): string {
  return `${JSON.stringify(args === undefined ? { execute, id } : { execute, arguments: args, id })}\n`;
}
