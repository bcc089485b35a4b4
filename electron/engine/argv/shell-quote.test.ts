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

  it('keeps a command with few options on one line, however long its paths', () => {
    const long = `/vms/${'x'.repeat(80)}/disk0.qcow2`;
    expect(formatCommand('qemu-img', ['create', '-f', 'qcow2', long, '1073741824'])).toBe(`qemu-img create -f qcow2 ${long} 1073741824`);
  });

  it('breaks a command with many options before each one, keeping leading words on the first line', () => {
    const text = formatCommand('qemu-system-x86_64', ['-m', '1024M', '-nodefaults', '-smp', '2', '-name', 'guest=a b', '-S', '-no-reboot']);
    expect(text.split(' \\\n    ')).toEqual([
      'qemu-system-x86_64',
      '-m 1024M',
      '-nodefaults',
      '-smp 2',
      "-name 'guest=a b'",
      '-S',
      '-no-reboot',
    ]);
  });
});
