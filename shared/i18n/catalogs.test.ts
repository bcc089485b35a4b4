// Every key in both languages, the same parameters on both sides, no empty text: a translation that
// drifts from the English fails here (and the types catch most of it earlier).
import { describe, expect, it } from 'vitest';
import { en, fr, NAMESPACES } from './catalogs/index.js';

type Tree = { readonly [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

describe('catalogs', () => {
  for (const ns of NAMESPACES) {
    it(`${ns}: French has every English key, with the same parameters, and nothing else`, () => {
      const english = leaves(en[ns]);
      const french = leaves(fr[ns]);
      expect(
        [...french.keys()].filter((k) => !english.has(k)),
        'keys only in French',
      ).toEqual([]);
      expect(
        [...english.keys()].filter((k) => !french.has(k)),
        'keys missing in French',
      ).toEqual([]);
      for (const [key, text] of english) {
        expect(text.trim(), `${ns}:${key} is empty in English`).not.toBe('');
        expect(french.get(key)?.trim(), `${ns}:${key} is empty in French`).not.toBe('');
        expect(placeholders(french.get(key) ?? ''), `${ns}:${key}: parameters differ`).toBe(placeholders(text));
      }
    });
  }
});
