import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogWriter } from './log-writer.js';

const tempLog = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vd-logwriter-')), 'hvc0.log');

describe('the keeper’s log writer', () => {
  it('appends in order, says the size at once, and has it all in the file once drained', async () => {
    const log = tempLog();
    fs.writeFileSync(log, 'before\n');
    const w = new LogWriter(log);
    expect(w.size).toBe(7);
    for (let i = 0; i < 200; i++) w.append(Buffer.from(`line ${i}\n`));
    const size = w.size;
    await w.drained();
    const text = fs.readFileSync(log, 'utf8');
    expect(text.length).toBe(size);
    expect(text).toBe(`before\n${Array.from({ length: 200 }, (_, i) => `line ${i}\n`).join('')}`);
    await w.close();
  });

  it('rotates to log.1 when a write would pass the limit, and the size starts again', async () => {
    const log = tempLog();
    const w = new LogWriter(log, 10);
    w.append(Buffer.from('12345678'));
    w.append(Buffer.from('abcd')); // 12 > 10: rotated first
    expect(w.size).toBe(4);
    w.append(Buffer.from('ef'));
    await w.close();
    expect(fs.readFileSync(`${log}.1`, 'utf8')).toBe('12345678');
    expect(fs.readFileSync(log, 'utf8')).toBe('abcdef');
    expect(fs.statSync(log).mode & 0o777).toBe(0o600); // a log it makes is private
  });

  it('rotates a log already over the limit before it writes', async () => {
    const log = tempLog();
    fs.writeFileSync(log, 'x'.repeat(20));
    const w = new LogWriter(log, 10);
    expect(w.size).toBe(0);
    w.append(Buffer.from('new'));
    await w.close();
    expect(fs.readFileSync(log, 'utf8')).toBe('new');
    expect(fs.readFileSync(`${log}.1`, 'utf8')).toBe('x'.repeat(20));
  });
});
