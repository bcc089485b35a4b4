// The explanation of every golden command line (argv/golden/*.argv), in English, pinned in
// golden-explained/<case>.txt: a new option without its sentence shows up as a diff. Regenerate with
// UPDATE_GOLDEN=1 npx vitest run explain-args.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, tr } from '../../../shared/i18n/index.js';
import { explainArgs } from './explain-args.js';

const here = import.meta.dirname;
const argvDir = path.join(here, 'golden');
const outDir = path.join(here, 'golden-explained');
const cases = fs.readdirSync(argvDir).filter((f) => f.endsWith('.argv'));
const argvOf = (file: string) => fs.readFileSync(path.join(argvDir, file), 'utf8').split('\n').filter(Boolean);

describe('explaining a command line', () => {
  for (const file of cases) {
    it(`explains ${file}`, () => {
      const text = explainArgs(argvOf(file))
        .map((e) => `${e.args.join(' ')}\n    ${e.what.text}\n`)
        .join('');
      const golden = path.join(outDir, file.replace(/\.argv$/, '.txt'));
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, text);
      expect(text).toBe(fs.readFileSync(golden, 'utf8'));
    });
  }

  it('knows every option VirtDesk itself writes; one it does not know is the person’s own', () => {
    for (const file of cases) {
      const unknown = explainArgs(argvOf(file)).filter((e) => e.what.key === 'teach:option.unknown' || e.what.key === 'teach:device.other');
      expect(
        unknown.map((e) => e.args.join(' ')),
        file,
      ).toEqual([]);
    }
    expect(explainArgs(['-object', 'rng-random,id=rng0'])[0]?.what.text).toBe(
      'An argument you added yourself: VirtDesk passes it to QEMU as it is.',
    );
  });

  it('reads in French as a course on virtualization says it', () => {
    const fr = createI18n('fr');
    const said = explainArgs([
      '-accel',
      'kvm',
      '-accel',
      'tcg',
      '-device',
      'virtio-net-pci,netdev=net0',
      '-device',
      'e1000,netdev=net1',
    ]).map((e) => tr(fr, e.what));
    expect(said[0]).toContain('hyperviseur KVM');
    expect(said[1]).toContain('L’émulation : TCG');
    expect(said[2]).toContain('paravirtualisée');
    expect(said[3]).toBe(
      'Une carte réseau émulée (Intel e1000) : QEMU imite un vrai matériel, donc tout système a un pilote, au prix de la vitesse.',
    );
  });

  it('keeps an option that has no value, and a lone word, without losing the rest', () => {
    expect(explainArgs(['-nodefaults', '-S', 'stray', '-m', '512M']).map((e) => e.args)).toEqual([
      ['-nodefaults'],
      ['-S'],
      ['stray'],
      ['-m', '512M'],
    ]);
  });
});
