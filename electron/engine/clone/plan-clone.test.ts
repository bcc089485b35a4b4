import { describe, expect, it } from 'vitest';
import { base } from '../test-support/argv-cases.js';
import { planClone } from './plan-clone.js';

const src = {
  ...base,
  disks: [
    { file: 'disk0.qcow2', format: 'qcow2' as const, bus: 'virtio' as const, cache: 'default' as const, readOnly: false },
    { file: '/srv/data.img', format: 'raw' as const, bus: 'virtio' as const, cache: 'default' as const, readOnly: false },
    { file: '/srv/tools.img', format: 'raw' as const, bus: 'ide' as const, cache: 'default' as const, readOnly: true },
  ],
  nics: [
    {
      model: 'e1000' as const,
      mac: '52:54:00:00:00:01',
      network: { mode: 'user' as const, forwards: [{ proto: 'tcp' as const, hostPort: 2222, guestPort: 22 }] },
    },
  ],
};
const input = { id: '11111111-2222-4333-8444-555555555555', name: 'copy', createdAt: '2026-11-21T00:00:00.000Z' };
const paths = ['/bases/debian-disk0.qcow2', '/srv/data.img', '/srv/tools.img'];

describe('planClone', () => {
  it('linked: qcow2 overlays on the bases, read-only disks shared, new MACs, no port forwards', () => {
    const plan = planClone(src, { ...input, mode: 'linked' }, paths, ['52:54:00:aa:bb:cc']);
    expect(plan.disks).toEqual([
      { kind: 'overlay', base: '/bases/debian-disk0.qcow2', baseFormat: 'qcow2', file: 'disk0.qcow2' },
      { kind: 'overlay', base: '/srv/data.img', baseFormat: 'raw', file: 'data.qcow2' },
      { kind: 'share', path: '/srv/tools.img' },
    ]);
    expect(plan.config.disks.map((d) => [d.file, d.format])).toEqual([
      ['disk0.qcow2', 'qcow2'],
      ['data.qcow2', 'qcow2'],
      ['/srv/tools.img', 'raw'],
    ]);
    expect(plan.config.nics[0]).toEqual({ model: 'e1000', mac: '52:54:00:aa:bb:cc', network: { mode: 'user', forwards: [] } });
    expect(plan.config).toMatchObject({ id: input.id, name: 'copy', createdAt: input.createdAt, memoryMiB: src.memoryMiB });
  });

  it('full: a copy of every writable disk in the same format, into the new folder', () => {
    const plan = planClone(src, { ...input, mode: 'full' }, paths, ['52:54:00:aa:bb:cc']);
    expect(plan.disks.slice(0, 2)).toEqual([
      { kind: 'copy', src: '/bases/debian-disk0.qcow2', format: 'qcow2', file: 'disk0.qcow2' },
      { kind: 'copy', src: '/srv/data.img', format: 'raw', file: 'data.img' },
    ]);
  });

  it("a read-only disk in the original's folder is copied, never shared (no VM may use another's folder)", () => {
    const ro = { ...src, disks: [{ ...src.disks[0]!, file: 'seed.img', format: 'raw' as const, readOnly: true }] };
    const plan = planClone(ro, { ...input, mode: 'linked' }, ['/vms/orig/seed.img'], ['52:54:00:aa:bb:cc']);
    expect(plan.disks).toEqual([{ kind: 'copy', src: '/vms/orig/seed.img', format: 'raw', file: 'seed.img' }]);
    expect(plan.config.disks[0]).toMatchObject({ file: 'seed.img', readOnly: true });
  });

  it('two disks with one file name in different folders get different names', () => {
    const two = { ...src, disks: [src.disks[1]!, { ...src.disks[1]!, file: '/mnt/data.img' }] };
    const plan = planClone(two, { ...input, mode: 'full' }, ['/srv/data.img', '/mnt/data.img'], ['52:54:00:aa:bb:cc']);
    expect(plan.config.disks.map((d) => d.file)).toEqual(['data.img', 'data-2.img']);
  });
});
