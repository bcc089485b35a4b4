import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bootSector, SELFTEST_LINES, selftestLine } from './boot-sector.js';

const hasNasm = (() => {
  try {
    execFileSync('nasm', ['-v']);
    return true;
  } catch {
    return false;
  }
})();

describe('KVM self-test boot sector', () => {
  const s = bootSector();

  it('is one 512-byte sector with the boot signature', () => {
    expect(s.length).toBe(512);
    expect([s[510], s[511]]).toEqual([0x55, 0xaa]);
  });

  it('carries every line of the sequence', () => {
    const text = s.toString('latin1');
    for (let i = 1; i <= SELFTEST_LINES; i++) expect(text).toContain(`${selftestLine(i)}\r\n`);
  });

  it('matches its assembly source (selftest.asm)', async () => {
    if (!hasNasm) {
      console.log('SKIPPED re-assembly check: nasm is not installed (apt-get install nasm); the shipped bytes were still checked above');
      return;
    }
    // @ts-expect-error -- a plain .mjs script without types
    const { assemble } = await import('../../../../scripts/assemble-selftest.mjs');
    expect((assemble() as Buffer).equals(s)).toBe(true);
  });
});
