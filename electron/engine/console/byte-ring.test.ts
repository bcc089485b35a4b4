import { describe, expect, it } from 'vitest';
import { ByteRing } from './byte-ring.js';

describe('ByteRing (console scrollback)', () => {
  it('keeps the last capacity bytes across many small writes', () => {
    const r = new ByteRing(10);
    for (const c of 'abcdefghijklmnop') r.push(Buffer.from(c));
    expect(r.snapshot().toString()).toBe('ghijklmnop');
    expect(r.length).toBe(10);
  });
  it('keeps the tail of one write larger than the ring', () => {
    const r = new ByteRing(4);
    r.push(Buffer.from('12'));
    r.push(Buffer.from('abcdefgh'));
    expect(r.snapshot().toString()).toBe('efgh');
  });
  it('trims part of a chunk', () => {
    const r = new ByteRing(5);
    r.push(Buffer.from('abc'));
    r.push(Buffer.from('defg'));
    expect(r.snapshot().toString()).toBe('cdefg');
  });
});

describe('ByteRing at size', () => {
  it('wraps around many times and stays exact', () => {
    const r = new ByteRing(7);
    let all = '';
    for (let i = 0; i < 200; i++) {
      const s = String(i % 10).repeat((i % 5) + 1);
      r.push(Buffer.from(s));
      all += s;
      expect(r.snapshot().toString()).toBe(all.slice(-7));
    }
  });

  it('a snapshot is a copy that later writes do not change', () => {
    const r = new ByteRing(4);
    r.push(Buffer.from('abcd'));
    const snap = r.snapshot();
    r.push(Buffer.from('xy'));
    expect(snap.toString()).toBe('abcd');
    expect(r.snapshot().toString()).toBe('cdxy');
  });
});
