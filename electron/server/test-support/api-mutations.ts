// Bad arguments generated from the contract: for each method, a valid sample argument is bent at every
// field (wrong types, out-of-range numbers, control characters, huge strings, unknown or missing
// fields). A mutation the method's own schema would accept is dropped: what remains must be refused.
import { check, methods } from '../../../shared/schemas/index.js';
import type { VmMethod } from '../../../shared/api.js';

export interface ArgMutation {
  method: VmMethod;
  label: string;
  arg: unknown;
  /** The dotted path of the field that was bent ("" = the argument itself). */
  path: string;
}

const REPLACEMENTS: Array<[string, unknown]> = [
  ['null', null],
  ['true', true],
  ['a number', 12345],
  ['text', 'text'],
  ['empty text', ''],
  ['a list', []],
  ['an object', {}],
  ['5000 characters', 'x'.repeat(5000)],
  ['a NUL byte', 'a\u0000b'],
  ['an escape sequence', '\u001b[2J'],
  ['-1', -1],
  ['1.5', 1.5],
  ['1e15', 1e15],
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function leaves(value: Json, path: string[] = []): string[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => leaves(v, [...path, String(i)]))];
  if (value && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))];
  return [path];
}

function setAt(value: Json, path: string[], replacement: unknown, remove = false): unknown {
  if (!path.length) return replacement;
  const copy = structuredClone(value) as Record<string, unknown>;
  let cur = copy;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete cur[last];
  else cur[last] = replacement;
  return copy;
}

export function mutations(samples: Partial<Record<VmMethod, Json>>): ArgMutation[] {
  const out: ArgMutation[] = [];
  for (const [method, sample] of Object.entries(samples) as Array<[VmMethod, Json]>) {
    const schema = methods[method].arg;
    if (!check(schema, sample).ok) throw new Error(`the sample argument of ${method} is not valid: fix the test`);
    const add = (label: string, arg: unknown, path: string[]) => {
      if (!check(schema, arg).ok) out.push({ method, label, arg, path: path.join('.') });
    };
    for (const path of leaves(sample)) {
      const where = path.length ? path.join('.') : 'the argument';
      for (const [name, v] of REPLACEMENTS) add(`${where} = ${name}`, setAt(sample, path, v), path);
      if (path.length) add(`${where} missing`, setAt(sample, path, undefined, true), path);
    }
    for (const path of leaves(sample).filter((p) => {
      let cur: unknown = sample;
      for (const k of p) cur = (cur as Record<string, unknown>)[k];
      return cur !== null && typeof cur === 'object' && !Array.isArray(cur);
    })) {
      add(`unknown field in ${path.join('.') || 'the argument'}`, setAt(sample, [...path, 'sneaky'], 1), [...path, 'sneaky']);
    }
  }
  return out;
}
