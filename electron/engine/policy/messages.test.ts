import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.js';
import { createI18n, says, tr } from '../../../shared/i18n/index.js';
import { checkExtraArgs } from './extra-args.js';
import { lines, list, withDetails } from './messages.js';

const fr = createI18n('fr');

describe('messages put together', () => {
  it('one per line, and as a list, in either language', () => {
    const a = says('files:snapshots.none', { name: 'a' });
    const b = says('files:disks.clean');
    expect(lines([a, b]).text).toBe('There is no snapshot named "a".\nNo errors were found on the image.');
    expect(tr(fr, lines([a, b]))).toBe('Aucun instantané ne s’appelle «\u00a0a\u00a0».\nAucune erreur n’a été trouvée dans l’image.');
    expect(lines([a])).toBe(a);
    const vms = list(['web', says('files:bases.theBase', { file: 'b.qcow2' }), 'db']);
    const m = says('files:disks.builtOn', { vms });
    expect(m.text).toBe('web, the base b.qcow2, db build on this image as their base: changing it would corrupt them.');
    expect(tr(fr, m)).toBe('Cette image sert de base à web, l’image de base b.qcow2, db\u00a0: la modifier corromprait leurs disques.');
  });

  it('an error passed on with other details keeps its key', () => {
    const err = withDetails(new ApiError('conflict', says('files:clone.nameTaken', { name: 'x' }), { field: 'a' }), { field: 'name' });
    expect(err).toMatchObject({ code: 'conflict', key: 'files:clone.nameTaken', params: { name: 'x' }, details: { field: 'name' } });
  });

  it('an extra argument refused reads in French', () => {
    const [p] = checkExtraArgs(['-vnc', ':0']);
    expect(tr(fr, p!.message)).toBe(
      'Argument supplémentaire 1 ("-vnc")\u00a0: VirtDesk met lui-même en place l’affichage (VNC sur un socket privé, montré dans l’onglet Console)\u00a0; ' +
        'un autre affichage pourrait écouter sur le réseau. Utilisez plutôt le réglage Affichage, et retirez-le.',
    );
  });
});
