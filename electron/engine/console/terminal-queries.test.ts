import { describe, expect, it } from 'vitest';
import { stripTerminalQueries } from './terminal-queries.js';

describe('stripTerminalQueries', () => {
  it("drops a shell's cursor-position and device queries from replayed output, nothing else", () => {
    const replay = Buffer.from('guest# \x1b[6nls\r\n\x1b[1;32mok\x1b[0m\x1b[c\x1b[>0c\x1b[5n', 'latin1');
    expect(stripTerminalQueries(replay).toString('latin1')).toBe('guest# ls\r\n\x1b[1;32mok\x1b[0m');
  });

  it('keeps bytes that are not UTF-8 text as they are', () => {
    const raw = Buffer.from([0xff, 0x00, 0x1b, 0x5b, 0x36, 0x6e, 0x80]);
    expect([...stripTerminalQueries(raw)]).toEqual([0xff, 0x00, 0x80]);
    const untouched = Buffer.from('plain');
    expect(stripTerminalQueries(untouched)).toBe(untouched);
  });
});
