// The wizard's side of "Review is the truth" and of the step checks: the plan's identity given back,
// what each step sends the engine, and the OS search over libosinfo's whole list.
import { describe, expect, it } from 'vitest';
import type { CreateVmInput, OsInfo } from '../../../shared/api.js';
import { testConfig } from '../../test-support/vm-config.js';
import { keptIdentity, withIdentity } from './plan-identity.js';
import { OS_LIST_LIMIT, osMatches, searchOs } from './os-search.js';
import { stepCheckArg } from './wizard-steps.js';

const input: CreateVmInput = {
  name: 'web',
  osId: 'debian12',
  source: { kind: 'iso', isoPath: '/isos/d.iso' },
  memoryMiB: 1024,
  cpus: 2,
  accel: 'auto',
  storage: { kind: 'new', sizeGiB: 20, format: 'qcow2' },
  network: { mode: 'user', forwards: [] },
};
const planned = { ...testConfig, id: '11111111-2222-4333-8444-555555555555', nics: [{ ...testConfig.nics[0]!, mac: '52:54:00:aa:bb:cc' }] };

describe('the plan identity', () => {
  it('the first review gives the id and the MAC it made; later reviews and create get them back', () => {
    const id = keptIdentity(null, input, planned);
    expect(id).toEqual({ id: planned.id, mac: '52:54:00:aa:bb:cc' });
    expect(withIdentity(input, id)).toEqual({
      ...input,
      id: planned.id,
      network: { mode: 'user', forwards: [], mac: '52:54:00:aa:bb:cc' },
    });
    // The first identity wins over whatever a later review answers.
    expect(keptIdentity(id, input, { ...planned, id: '99999999-2222-4333-8444-555555555555', nics: [] })).toEqual(id);
  });

  it("a MAC the person typed wins and is not kept as the plan's; none at all without a network card", () => {
    const typed = { ...input, network: { mode: 'user' as const, mac: '52:54:00:00:00:01' } };
    const id = keptIdentity(null, typed, planned);
    expect(id.mac).toBeNull();
    expect(withIdentity(typed, { id: planned.id, mac: '52:54:00:aa:bb:cc' }).network.mac).toBe('52:54:00:00:00:01');
    const offline = { ...input, network: { mode: 'none' as const } };
    expect(keptIdentity(null, offline, { ...planned, nics: [] }).mac).toBeNull();
    expect(withIdentity(offline, { id: planned.id, mac: '52:54:00:aa:bb:cc' }).network).toEqual({ mode: 'none' });
    // Once the field is empty again, the next review makes one and it is kept from then on.
    expect(keptIdentity({ id: planned.id, mac: null }, input, planned).mac).toBe('52:54:00:aa:bb:cc');
  });

  it('no identity yet: the input as it is', () => expect(withIdentity(input, null)).toBe(input));
});

describe('what each step asks the engine', () => {
  it("the step's own fields; storage with the source (an imported image is the first disk)", () => {
    expect(stepCheckArg('source', input)).toEqual({ step: 'source', source: input.source });
    expect(stepCheckArg('resources', input)).toEqual({ step: 'resources', osId: 'debian12', memoryMiB: 1024, cpus: 2, accel: 'auto' });
    expect(stepCheckArg('storage', input)).toEqual({ step: 'storage', source: input.source, storage: input.storage });
    expect(stepCheckArg('network', input)).toEqual({ step: 'network', name: 'web', description: undefined, network: input.network });
    expect(stepCheckArg('os', input)).toBeNull();
    expect(stepCheckArg('review', input)).toBeNull();
  });
});

describe('searching the OS list', () => {
  const os = (id: string, name: string, family: OsInfo['family'] = 'linux'): OsInfo => ({
    id,
    name,
    family,
    defaults: { memoryMiB: 1024, cpus: 1, diskGiB: 10, firmware: 'bios', diskBus: 'virtio', nicModel: 'virtio-net-pci', machine: 'q35' },
  });
  const list = [os('debian12', 'Debian 12 (bookworm)'), os('debian11', 'Debian 11'), os('win11', 'Microsoft Windows 11', 'windows')];

  it('every word, in the name, the id or the family', () => {
    expect(list.filter((o) => osMatches(o, 'debian 12')).map((o) => o.id)).toEqual(['debian12']);
    expect(list.filter((o) => osMatches(o, 'win 11')).map((o) => o.id)).toEqual(['win11']);
    expect(list.filter((o) => osMatches(o, 'WINDOWS')).map((o) => o.id)).toEqual(['win11']);
    expect(list.filter((o) => osMatches(o, '  ')).length).toBe(3);
  });

  it('shows at most the first rows of a long list, with the selected OS always among them', () => {
    const many = Array.from({ length: 400 }, (_, i) => os(`os${i}`, `OS ${i}`));
    const r = searchOs(many, 'os', 'os399');
    expect(r.matches).toBe(400);
    expect(r.shown).toHaveLength(OS_LIST_LIMIT + 1);
    expect(r.shown[0]!.id).toBe('os399');
    const narrowed = searchOs(many, 'OS 12', null).shown;
    expect(narrowed[0]!.id).toBe('os12');
    expect(narrowed.every((o) => o.name.includes('12'))).toBe(true);
  });
});
