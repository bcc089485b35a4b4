import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS, fitColumns, parseColumns } from './list-columns.js';

describe('VM list columns', () => {
  it('reads the saved choice in table order, dropping what it does not know', () => {
    expect(parseColumns('["net","cpu","bogus"]')).toEqual(['cpu', 'net']);
    expect(parseColumns('[]')).toEqual([]);
  });

  it('falls back to the default when nothing (sensible) is saved', () => {
    expect(parseColumns(null)).toEqual(DEFAULT_COLUMNS);
    expect(parseColumns('{oops')).toEqual(DEFAULT_COLUMNS);
    expect(parseColumns('"cpu"')).toEqual(DEFAULT_COLUMNS);
  });

  it('leaves out, from the right, the columns that would squeeze the name', () => {
    // 1280 px window: the list is 479 px wide, room for the two default graphs.
    expect(fitColumns(['cpu', 'memory'], 479)).toEqual({ shown: ['cpu', 'memory'], squeezed: [] });
    // 1024 px: the CPU graph only.
    expect(fitColumns(['cpu', 'memory'], 383)).toEqual({ shown: ['cpu'], squeezed: ['memory'] });
    // A narrower column further on still gets in where a wider one did not.
    expect(fitColumns(['memory', 'net', 'vcpus'], 440)).toEqual({ shown: ['memory', 'vcpus'], squeezed: ['net'] });
    expect(fitColumns(['cpu', 'net', 'vcpus'], 383)).toEqual({ shown: ['cpu'], squeezed: ['net', 'vcpus'] });
    // Not measured yet: everything, the measurement follows before the first paint.
    expect(fitColumns(['cpu', 'memory', 'disk', 'net'], 0).shown).toHaveLength(4);
  });
});
