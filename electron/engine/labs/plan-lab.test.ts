import { describe, expect, it } from 'vitest';
import { labInput } from '../../../shared/schemas/lab-methods.js';
import { base } from '../test-support/argv-cases.js';
import { baseCommands, cloneCommands } from './lab-commands.js';
import { labVmInputs } from './create-lab.js';
import { labNics, labRefusals, labVmNames, planLab } from './plan-lab.js';

const src = {
  ...base,
  id: 'aaaaaaaa-2222-4333-8444-555555555555',
  disks: [{ file: 'disk0.qcow2', format: 'qcow2' as const, bus: 'virtio' as const, cache: 'default' as const, readOnly: false }],
  nics: [
    {
      model: 'e1000' as const,
      mac: '52:54:00:00:00:01',
      network: { mode: 'user' as const, forwards: [{ proto: 'tcp' as const, hostPort: 2222, guestPort: 22 }] },
    },
  ],
};
const input = { lab: 'net1', count: 3, keepNat: false };
const vmDir = (id: string) => `/data/vms/${id}`;

describe('a lab plan', () => {
  it('names the VMs <lab>-1 .. <lab>-N', () => {
    expect(labVmNames('tp', 3)).toEqual(['tp-1', 'tp-2', 'tp-3']);
  });

  it('makes N linked clones on the bases, each with the lab set and one NIC on the lab network', () => {
    const vms = labVmInputs([src], src, input);
    const plans = planLab(src, input, ['/data/bases/aaaa-disk0.qcow2'], vms);
    expect(plans.map((p) => p.config.name)).toEqual(['net1-1', 'net1-2', 'net1-3']);
    for (const p of plans) {
      expect(p.config.lab).toBe('net1');
      expect(p.disks).toEqual([{ kind: 'overlay', base: '/data/bases/aaaa-disk0.qcow2', baseFormat: 'qcow2', file: 'disk0.qcow2' }]);
      expect(p.config.nics).toEqual([{ model: 'e1000', mac: expect.any(String), network: { mode: 'private', network: 'net1' } }]);
    }
    expect(new Set(plans.map((p) => p.config.id)).size).toBe(3);
  });

  it('keeps the NAT NIC without its forwards when asked, private NIC last; every MAC unique and new', () => {
    const other = { ...src, id: 'bbbbbbbb-2222-4333-8444-555555555555', name: 'other' };
    const plans = planLab(src, { ...input, keepNat: true }, ['/b'], labVmInputs([src, other], src, { ...input, keepNat: true }));
    for (const p of plans) {
      expect(p.config.nics.map((n) => n.network)).toEqual([
        { mode: 'user', forwards: [] },
        { mode: 'private', network: 'net1' },
      ]);
    }
    const macs = plans.flatMap((p) => p.config.nics.map((n) => n.mac));
    expect(macs).toHaveLength(6);
    expect(new Set(macs).size).toBe(6);
    expect(macs).not.toContain('52:54:00:00:00:01');
  });

  it('a source without NICs still gets the private one, with a virtio card', () => {
    expect(labNics({ ...src, nics: [] }, 'x', true, ['52:54:00:00:00:09'])).toEqual([
      { model: 'virtio-net-pci', mac: '52:54:00:00:00:09', network: { mode: 'private', network: 'x' } },
    ]);
  });

  it('refuses names existing VMs have (any case) and an existing lab, naming them', () => {
    const taken = [src, { ...src, name: 'NET1-2', lab: null }, { ...src, name: 'a', lab: 'net1' }];
    const [exists, clash] = labRefusals(input, taken);
    expect(exists?.key).toBe('labs:refuse.labExists');
    expect(exists?.text).toContain('(a)');
    expect(clash?.key).toBe('labs:refuse.namesTaken');
    expect(clash?.text).toContain('net1-2');
    expect(labRefusals({ ...input, lab: 'free' }, taken)).toEqual([]);
  });

  it('the argument schema takes 2..16 VMs and a lab name fit for a network', () => {
    const ok = { id: src.id, lab: 'tp-reseau', count: 2 };
    expect(labInput.safeParse(ok).success).toBe(true);
    for (const count of [0, 1, 17, 100, 2.5]) {
      const r = labInput.safeParse({ ...ok, count });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toContain('2 to 16');
    }
    for (const lab of ['', '-x', 'a b', 'x'.repeat(33), 'é']) expect(labInput.safeParse({ ...ok, lab }).success).toBe(false);
  });

  it('shows the commands: the source disk moved to the bases, its overlay, one overlay per VM', () => {
    const p = { srcDir: `/data/vms/${src.id}`, basesDir: '/data/bases', vmDir };
    const bases = baseCommands(src, p);
    expect(bases.paths).toEqual(['/data/bases/aaaaaaaa-XXXXXX-disk0.qcow2']);
    expect(bases.commands).toEqual([
      `mv /data/vms/${src.id}/disk0.qcow2 /data/bases/aaaaaaaa-XXXXXX-disk0.qcow2`,
      'chmod 400 /data/bases/aaaaaaaa-XXXXXX-disk0.qcow2',
      `qemu-img create -q -f qcow2 -b /data/bases/aaaaaaaa-XXXXXX-disk0.qcow2 -F qcow2 /data/vms/${src.id}/disk0.qcow2`,
    ]);
    const plans = planLab(src, { ...input, count: 2 }, bases.paths, labVmInputs([src], src, { ...input, count: 2 }));
    const names = new Map(plans.map((pl) => [pl.config.id, pl.config.name]));
    expect(cloneCommands(plans, (id) => vmDir(`<${names.get(id)}>`))).toEqual([
      "qemu-img create -q -f qcow2 -b /data/bases/aaaaaaaa-XXXXXX-disk0.qcow2 -F qcow2 '/data/vms/<net1-1>/disk0.qcow2'",
      "qemu-img create -q -f qcow2 -b /data/bases/aaaaaaaa-XXXXXX-disk0.qcow2 -F qcow2 '/data/vms/<net1-2>/disk0.qcow2'",
    ]);
  });
});
