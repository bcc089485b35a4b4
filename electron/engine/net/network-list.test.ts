import { describe, expect, it } from 'vitest';
import type { NicConfig, VmState, VmSummary } from '../../../shared/model/index.js';
import { says } from '../../../shared/i18n/index.js';
import { base } from '../test-support/argv-cases.js';
import { listNetworks } from './network-list.js';

const onNet = (network: string, mac: string): NicConfig => ({ model: 'virtio-net-pci', mac, network: { mode: 'private', network } });
const nat: NicConfig = { model: 'e1000', mac: '52:54:00:00:00:99', network: { mode: 'user', forwards: [] } };
const vm = (id: string, name: string, state: VmState, nics: NicConfig[]): VmSummary => ({
  id,
  name,
  config: { ...base, id, name, nics },
  status: { state, since: 0 },
});
const groupOf = (name: string) => ({ address: `239.255.0.${name.length}`, port: 20000 + name.length });

describe('which networks exist and who is on them', () => {
  it('lists named networks, with no members, and networks only VMs name, sorted by name', () => {
    const list = listNetworks(
      [{ name: 'zeta', createdAt: 5 }],
      [vm('1', 'web', 'running', [nat, onNet('lab', '52:54:00:00:00:01')])],
      groupOf,
    );
    expect(list).toEqual([
      {
        name: 'lab',
        registered: false,
        createdAt: null,
        group: groupOf('lab'),
        members: [{ vmId: '1', vmName: 'web', nicIndex: 1, mac: '52:54:00:00:00:01', state: 'running' }],
      },
      { name: 'zeta', registered: true, createdAt: 5, group: groupOf('zeta'), members: [] },
    ]);
  });

  it('counts every card of every VM, whatever its state, by VM name then card', () => {
    const list = listNetworks(
      [{ name: 'lab', createdAt: 1 }],
      [
        vm('2', 'b', 'stopped', [onNet('lab', '52:54:00:00:00:03'), onNet('lab', '52:54:00:00:00:02')]),
        vm('1', 'a', 'saved', [onNet('lab', '52:54:00:00:00:01'), onNet('other', '52:54:00:00:00:04')]),
      ],
      groupOf,
    );
    expect(list.map((n) => n.name)).toEqual(['lab', 'other']);
    expect(list[0]!.registered).toBe(true);
    expect(list[0]!.members.map((m) => `${m.vmName}/${m.nicIndex}/${m.state}`)).toEqual(['a/0/saved', 'b/0/stopped', 'b/1/stopped']);
    expect(list[1]!.members.map((m) => m.mac)).toEqual(['52:54:00:00:00:04']);
  });

  it('names are exact (Lab and lab are two segments, as their groups are), and a broken VM is on none', () => {
    const error = says('networks:registry.notJson', { error: 'x' });
    const broken: VmSummary = { id: '9', name: '9', config: null, status: { state: 'broken', since: 0, error } };
    const list = listNetworks(
      [],
      [vm('1', 'a', 'running', [onNet('Lab', '52:54:00:00:00:01'), onNet('lab', '52:54:00:00:00:02')]), broken],
      groupOf,
    );
    expect(Object.fromEntries(list.map((n) => [n.name, n.members.map((m) => m.mac)]))).toEqual({
      lab: ['52:54:00:00:00:02'],
      Lab: ['52:54:00:00:00:01'],
    });
  });
});
