import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatCommand, shellQuote } from './shell-quote.js';

describe('shell quoting for display and export', () => {
  it.each([
    ['plain', 'plain'],
    ['file=/a/b.qcow2,format=qcow2', 'file=/a/b.qcow2,format=qcow2'],
    ['', "''"],
    ['two words', "'two words'"],
    ["it's", `'it'"'"'s'`],
    ['$HOME;rm -rf /', "'$HOME;rm -rf /'"],
  ])('%j -> %s', (arg, quoted) => expect(shellQuote(arg)).toBe(quoted));

  it('round-trips through a real shell: sh sees exactly the original arguments', () => {
    const args = ['guest=web,, db (test)', "it's", '$(touch /tmp/pwned)', 'a\nb', '*', ''];
    const script = `printf '%s\\0' ${args.map(shellQuote).join(' ')}`;
    const out = execFileSync('sh', ['-c', script]).toString('utf8').split('\0').slice(0, -1);
    expect(out).toEqual(args);
  });

  it('breaks long command lines before each option', () => {
    expect(formatCommand('qemu-system-x86_64', ['-m', '1024M', '-nodefaults', '-name', 'guest=a b'])).toBe(
      "qemu-system-x86_64 \\\n    -m 1024M \\\n    -nodefaults \\\n    -name 'guest=a b'",
    );
  });
});
