// Ctrl+] leaves the console: what comes before it still reaches the guest, what follows it does not.
import { describe, expect, it } from 'vitest';
import { splitAtEscape } from './terminal-attach.js';

describe('splitAtEscape', () => {
  it('passes keys through until Ctrl+]', () => {
    expect(splitAtEscape(Buffer.from('ls\r'))).toEqual({ send: Buffer.from('ls\r'), escape: false });
    expect(splitAtEscape(Buffer.from('ls\x1dmore'))).toEqual({ send: Buffer.from('ls'), escape: true });
    expect(splitAtEscape(Buffer.from('\x1d'))).toEqual({ send: Buffer.alloc(0), escape: true });
    // Ctrl+C is the guest's: the console is in raw mode and sends it on.
    expect(splitAtEscape(Buffer.from('\x03')).escape).toBe(false);
  });
});
