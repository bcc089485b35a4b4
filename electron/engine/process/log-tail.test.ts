import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLogBeforeSync, readRangeSync } from './log-tail.js';

describe('reading a console log by offsets (what a relay missed, what seeds its scrollback)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-logtail-'));
  const log = path.join(dir, 'serial0.log');
  fs.writeFileSync(`${log}.1`, 'abcdef');
  fs.writeFileSync(log, 'ghijkl');
  const text = (b: Buffer) => b.toString('latin1');

  it('reads a range, at most its last `max` bytes, and nothing from a missing file', () => {
    expect(text(readRangeSync(log, 1, 4))).toBe('hij');
    expect(text(readRangeSync(log, 0, 6, 2))).toBe('kl');
    expect(text(readRangeSync(log, 4, 100))).toBe('kl'); // the file ends before `end`
    expect(text(readRangeSync(path.join(dir, 'missing.log'), 0, 10))).toBe('');
  });

  it('reaches into the rotated log.1 when the current log holds less than asked', () => {
    expect(text(readLogBeforeSync(log, 4, 2))).toBe('ij');
    expect(text(readLogBeforeSync(log, 4, 6))).toBe('efghij');
    expect(text(readLogBeforeSync(log, 6, 100))).toBe('abcdefghijkl');
    fs.rmSync(`${log}.1`);
    expect(text(readLogBeforeSync(log, 6, 100))).toBe('ghijkl');
  });
});
