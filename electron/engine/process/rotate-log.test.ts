import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rotateLogSync } from './rotate-log.js';

describe('serial log rotation', () => {
  it('keeps a small log, rotates a large one to .1 (replacing the older .1)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-rot-'));
    const log = path.join(dir, 'serial0.log');
    fs.writeFileSync(log, 'small');
    expect(rotateLogSync(log, 10)).toBe(false);
    fs.writeFileSync(`${log}.1`, 'oldest');
    fs.writeFileSync(log, 'x'.repeat(11));
    expect(rotateLogSync(log, 10)).toBe(true);
    expect(fs.readFileSync(`${log}.1`, 'utf8')).toBe('x'.repeat(11));
    expect(fs.existsSync(log)).toBe(false); // the keeper starts a new one
    expect(rotateLogSync(path.join(dir, 'missing.log'), 10)).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });
});
