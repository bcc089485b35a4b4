// The validator speaks through the catalogs: every message a schema can give has a key, issues carry
// key and parameters through zod, and they read right in French.
import { describe, expect, it } from 'vitest';
import { createI18n, translate } from '../i18n/index.js';
import { createVmSchemaFor, createStepInput } from './create.js';
import { check, fieldErrors, type FieldIssue } from './issues.js';
import { methods } from './methods.js';
import { knownTexts, saidConflicts } from './schema-messages.js';
import { settingsPatch, settingsSchema } from './settings.js';
import { extraArgs, vmConfig } from './vm-config.js';

type Def = { error?: (iss: unknown) => unknown; checks?: Array<{ _zod: { def: Def } }> } & Record<string, unknown>;
const isSchema = (v: unknown): v is { _zod: { def: Def } } => typeof v === 'object' && v !== null && '_zod' in v;

/** Every message a schema (or a check on it) gives whatever the input, found by walking the schemas. */
function schemaMessages(roots: unknown[]): Set<string> {
  const out = new Set<string>();
  const seen = new Set<unknown>();
  const text = (error: Def['error']) => {
    const r = error?.({ code: 'custom', input: undefined, path: [] });
    if (typeof r === 'string') out.add(r);
    else if (r && typeof (r as { message?: unknown }).message === 'string') out.add((r as { message: string }).message);
  };
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (!isSchema(v)) return Object.values(v).forEach(visit);
    const def = v._zod.def;
    text(def.error);
    for (const c of def.checks ?? []) text(c._zod.def.error);
    for (const [k, child] of Object.entries(def)) if (k !== 'error' && k !== 'checks') visit(child);
  };
  roots.forEach(visit);
  return out;
}

const host = { memTotalMiB: 8192, cpuThreads: 4 };
const fr = createI18n('fr');
const inFrench = (i: FieldIssue) => translate(fr, i.key!, i.params, i.message);
const frenchErrors = (schema: Parameters<typeof check>[0], input: unknown) => {
  const r = check(schema, input);
  return r.ok ? {} : fieldErrors(r.issues, inFrench);
};

describe('validation messages', () => {
  it('every message a schema gives has a key, and one text has one key', () => {
    const all = schemaMessages([Object.values(methods).map((m) => m.arg), vmConfig, settingsSchema, createStepInput]);
    expect(all.size).toBeGreaterThan(60);
    const known = knownTexts();
    expect([...all].filter((t) => !known.has(t))).toEqual([]);
    expect(saidConflicts()).toEqual([]);
  });

  it('every issue of a bad argument carries a key and its parameters', () => {
    const r = check(methods.create.arg, {
      name: 'x'.repeat(65),
      source: { kind: 'iso', isoPath: 'relative.iso' },
      memoryMiB: '1024',
      cpus: 0,
      accel: 'fast',
      storage: { kind: 'floppy' },
      network: { mode: 'user', forwards: [{ proto: 'tcp', hostPort: 22, guestPort: 22 }] },
      colour: 'blue',
      description: 'a\u0007b',
    });
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.issues;
    expect(issues.length).toBeGreaterThan(6);
    expect(issues.filter((i) => !i.key)).toEqual([]);
    expect(issues.find((i) => i.path === 'name')).toMatchObject({ key: 'validation:name.tooLong', params: { max: 64 } });
    expect(issues.find((i) => i.path === 'colour')).toMatchObject({ key: 'validation:generic.unknownFields', params: { count: 1 } });
  });

  it('reads right in French: a name too long, an unknown field, a wrong type', () => {
    const errors = frenchErrors(createVmSchemaFor(host), {
      name: 'x'.repeat(65),
      source: { kind: 'iso', isoPath: '/isos/debian.iso' },
      memoryMiB: '1024',
      cpus: 2,
      accel: 'auto',
      storage: { kind: 'none' },
      network: { mode: 'user' },
      colour: 'blue',
    });
    expect(errors).toEqual({
      name: 'Un nom compte au plus 64\u00a0caractères\u00a0: raccourcissez-le.',
      memoryMiB: 'Donnez la mémoire en Mio, sous forme de nombre.',
      colour: 'Champ inconnu "colour"\u00a0: retirez-le (vérifiez l’orthographe).',
    });
    const tooMany = {
      name: 'a',
      source: { kind: 'pxe' },
      memoryMiB: 64,
      cpus: 6,
      accel: 'auto',
      storage: { kind: 'none' },
      network: { mode: 'user' },
    };
    expect(frenchErrors(createVmSchemaFor(host), tooMany)).toEqual({
      cpus: 'Cet hôte a 4\u00a0threads de processeur\u00a0: n’en donnez pas plus à la VM.',
    });
    expect(frenchErrors(settingsPatch, { statsIntervalSec: [5] })).toEqual({
      statsIntervalSec: 'Donnez l’intervalle d’échantillonnage en secondes, sous forme de nombre.',
    });
    // zod's own wording, re-derived from the issue: what was expected, what came.
    expect(frenchErrors(methods.listFolder.arg, { path: '/tmp', showHidden: 'yes', kind: 'iso' })).toEqual({
      showHidden: 'Donnez à showHidden la valeur true ou false.',
    });
    expect(frenchErrors(methods.start.arg, { id: '0b5e6a52-4f7c-4b8e-9c1d-2a3b4c5d6e7f', disposable: 'yes' })).toEqual({
      disposable: 'Il faut true ou false, pas du texte\u00a0: envoyez true ou false.',
    });
    expect(frenchErrors(methods.createSnapshot.arg, { id: '0b5e6a52-4f7c-4b8e-9c1d-2a3b4c5d6e7f' })).toEqual({
      name: 'Manquant\u00a0: donnez du texte.',
    });
  });

  it('keeps the English text as it was', () => {
    const r = check(methods.start.arg, { id: 'nope', disposable: [1], extra: 1, more: 2 });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'id: Not a VM id: use the id that list returns.',
      'disposable: Expected true or false, got a list: send true or false.',
      'extra: Unknown fields "extra", "more": remove them (check the spelling).',
      'more: Unknown fields "extra", "more": remove them (check the spelling).',
    ]);
  });

  it('an issue made from input keeps its parameters (a control character, a duplicate forward)', () => {
    const r = check(extraArgs, ['-device', 'e1000,\nx']);
    expect(r.ok ? [] : r.issues).toEqual([
      {
        path: '1',
        message: 'An extra argument contains a control character (U+000A) at position 7: remove it.',
        key: 'validation:text.controlCharAt',
        params: {
          what: { key: 'validation:what.extraArg', text: 'An extra argument' },
          code: 'U+000A',
          position: 7,
        },
      },
    ]);
  });
});
