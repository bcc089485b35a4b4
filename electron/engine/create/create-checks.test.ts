// The pure parts of the wizard's checks: each disk's size and origin in the plan, whether the disks fit
// in the free space (with the figures a person reads), the host port "Add port forward" offers, and
// the trial input a single step is checked with.
import { describe, expect, it } from 'vitest';
import type { CreateVmInput } from '../../../shared/api.js';
import { createI18n, says, tr } from '../../../shared/i18n/index.js';
import { base } from '../test-support/argv-cases.js';
import { trialInput } from './check-step.js';
import { checkSpace, plannedDisks, sizeOf } from './disk-space.js';
import { planCreate, type PlanContext } from './plan-create.js';
import { GENERIC_OS } from '../os/os-catalog.js';
import { forwardedPorts, preferredHostPort, suggestHostPort } from './suggest-port.js';

const GiB = 1024 ** 3;
const DIR = '/data/vms/11111111-2222-4333-8444-555555555555';
const ctx: PlanContext = {
  id: '11111111-2222-4333-8444-555555555555',
  createdAt: '2026-12-03T00:00:00.000Z',
  os: GENERIC_OS,
  mac: '52:54:00:aa:bb:cc',
  imageFormats: { '/srv/in.vmdk': 'vmdk', '/srv/data.img': 'raw' },
  uefiVarsTemplate: null,
};
const input = (patch: Partial<CreateVmInput>): CreateVmInput => ({
  name: 'x',
  source: { kind: 'pxe' },
  memoryMiB: 512,
  cpus: 1,
  accel: 'tcg',
  storage: { kind: 'none' },
  network: { mode: 'user' },
  ...patch,
});
const images = {
  '/srv/in.vmdk': { virtualSize: 40 * GiB, actualSize: 3 * GiB },
  '/srv/data.img': { virtualSize: 8 * GiB, actualSize: 8 * GiB },
};

describe('the disks a plan makes or uses, with sizes', () => {
  it('a converted image and a new raw disk: where each goes, how big, what it claims on the host', () => {
    const plan = planCreate(
      input({ source: { kind: 'import', path: '/srv/in.vmdk', mode: 'convert' }, storage: { kind: 'new', sizeGiB: 1000, format: 'raw' } }),
      ctx,
    );
    expect(plannedDisks(plan, DIR, images)).toEqual([
      {
        file: 'disk0.qcow2',
        path: `${DIR}/disk0.qcow2`,
        format: 'qcow2',
        bus: 'virtio',
        origin: 'converted',
        virtualSize: 40 * GiB,
        hostBytes: 3 * GiB,
      },
      {
        file: 'disk1.img',
        path: `${DIR}/disk1.img`,
        format: 'raw',
        bus: 'virtio',
        origin: 'new',
        virtualSize: 1000 * GiB,
        hostBytes: 1000 * GiB,
      },
    ]);
  });

  it('an image used in place, an overlay, an existing image and a new qcow2 claim nothing up front', () => {
    const inPlace = planCreate(input({ source: { kind: 'import', path: '/srv/in.vmdk', mode: 'use' } }), ctx);
    expect(plannedDisks(inPlace, DIR, images)).toEqual([
      {
        file: '/srv/in.vmdk',
        path: '/srv/in.vmdk',
        format: 'vmdk',
        bus: 'virtio',
        origin: 'in-place',
        virtualSize: 40 * GiB,
        hostBytes: null,
      },
    ]);
    const overlay = planCreate(input({ source: { kind: 'import', path: '/srv/in.vmdk', mode: 'overlay' } }), ctx);
    expect(plannedDisks(overlay, DIR, images)[0]).toMatchObject({ origin: 'overlay', virtualSize: 40 * GiB, hostBytes: null });
    const existing = planCreate(input({ storage: { kind: 'existing', path: '/srv/data.img' } }), ctx);
    expect(plannedDisks(existing, DIR, images)[0]).toMatchObject({
      origin: 'existing',
      format: 'raw',
      virtualSize: 8 * GiB,
      hostBytes: null,
    });
    const qcow2 = planCreate(input({ storage: { kind: 'new', sizeGiB: 20, format: 'qcow2' } }), ctx);
    expect(plannedDisks(qcow2, DIR, images)[0]).toMatchObject({ origin: 'new', virtualSize: 20 * GiB, hostBytes: null });
  });
});

describe('do the disks fit in the free space', () => {
  const disks = (format: 'raw' | 'qcow2', gib: number) =>
    plannedDisks(planCreate(input({ storage: { kind: 'new', sizeGiB: gib, format } }), ctx), DIR, images);
  const where = 'the data folder /data';

  it('a 1,000 GiB raw disk with 77 GiB free is refused, with both figures and the ways out', () => {
    const v = checkSpace(disks('raw', 1000), 77.2 * GiB, where);
    expect(v.refusal).toMatchObject({
      index: 0,
      message: {
        text: 'A raw disk of 1,000 GiB is a file of that full size (copies write all of it out, and the guest can fill it), and the data folder /data has 77.2 GiB free: give a smaller size, or choose qcow2, whose file holds only what the guest wrote.',
      },
    });
  });

  it('the same size as qcow2 is allowed, with a warning that it can outgrow the free space', () => {
    const v = checkSpace(disks('qcow2', 1000), 77.2 * GiB, where);
    expect(v.refusal).toBeNull();
    expect(v.warnings.map((w) => w.text)).toEqual([
      'The 1,000 GiB qcow2 disk can grow larger than the 77.2 GiB free in the data folder /data: when that fills up, the guest stops with an I/O error. Free some space, or give a smaller size.',
    ]);
  });

  it('what fits says nothing; a raw disk counts against the room a qcow2 has left', () => {
    expect(checkSpace(disks('raw', 20), 77 * GiB, where)).toEqual({ refusal: null, warnings: [] });
    const two = plannedDisks(planCreate(input({ source: { kind: 'import', path: '/srv/in.vmdk', mode: 'overlay' } }), ctx), DIR, images);
    expect(checkSpace(two, 41 * GiB, where).warnings).toEqual([]);
    expect(checkSpace(two, 39 * GiB, where).warnings[0]?.text).toMatch(/^The 40 GiB overlay disk can grow larger than the 39 GiB free/);
  });

  it('a converted copy that cannot fit is refused with what it copies', () => {
    const plan = planCreate(input({ source: { kind: 'import', path: '/srv/in.vmdk', mode: 'convert' } }), ctx);
    expect(checkSpace(plannedDisks(plan, DIR, images), 2 * GiB, where).refusal?.message.text).toMatch(
      /^Converting the image copies about 3 GiB into the VM's folder, and the data folder \/data has 2 GiB free/,
    );
  });

  it("gives the figures in the reader's language", () => {
    const v = checkSpace(disks('qcow2', 1000), 77.2 * GiB, says('files:create.dataFolder', { path: '/data' }));
    expect(tr(createI18n('fr'), v.warnings[0]!)).toBe(
      'Le disque qcow2 de 1\u202f000\u00a0Gio peut dépasser les 77,2\u00a0Gio libres dans le dossier de données /data\u00a0: ' +
        'quand cet espace sera plein, l’invité s’arrêtera sur une erreur d’E/S. Libérez de la place, ou donnez une taille plus petite.',
    );
  });

  it('formats sizes as a person reads them', () => {
    expect([sizeOf(512 * 1024 ** 2), sizeOf(77.24 * GiB), sizeOf(1000 * GiB), sizeOf(0)].map((m) => m.text)).toEqual([
      '512 MiB',
      '77.2 GiB',
      '1,000 GiB',
      '0 MiB',
    ]);
  });
});

describe('the host port "Add port forward" offers', () => {
  const other = {
    ...base,
    nics: [{ ...base.nics[0]!, network: { mode: 'user' as const, forwards: [{ proto: 'tcp' as const, hostPort: 2222, guestPort: 22 }] } }],
  };

  it('starts from the usual port for the guest port', () => {
    expect([preferredHostPort(22), preferredHostPort(80), preferredHostPort(443), preferredHostPort(3389)]).toEqual([
      2222, 8080, 8443, 3389,
    ]);
  });

  it('skips what another VM forwards, what the form holds and what something listens on', async () => {
    expect([...forwardedPorts([other], 'tcp')]).toEqual([2222]);
    expect([...forwardedPorts([other], 'udp')]).toEqual([]);
    const busy = new Set([2224]);
    const isFree = (p: number) => Promise.resolve(!busy.has(p));
    expect(await suggestHostPort({ proto: 'tcp', guestPort: 22, taken: [2223] }, [other], isFree)).toEqual({ hostPort: 2225 });
    expect(await suggestHostPort({ proto: 'udp', guestPort: 22, taken: [] }, [other], isFree)).toEqual({ hostPort: 2222 });
  });

  it('says so when nothing near is free', async () => {
    await expect(suggestHostPort({ proto: 'tcp', guestPort: 22, taken: [] }, [], () => Promise.resolve(false))).rejects.toThrow(
      /No free host port from 2222 on: type one yourself/,
    );
  });
});

describe('the trial input one step is checked with', () => {
  it("keeps the step's fields, and gives the rest values no check can fail", () => {
    const t = trialInput({ step: 'source', source: { kind: 'kernel', kernel: '/boot/vmlinuz', initrd: null, append: '' } });
    expect(t).toMatchObject({
      source: { kind: 'kernel', kernel: '/boot/vmlinuz' },
      osId: 'generic', // no OS detection on every check
      storage: { kind: 'none' },
      network: { mode: 'none' },
      memoryMiB: 32,
      accel: 'tcg',
    });
    expect(t.name).toMatch(/^step check /);
    expect(trialInput({ step: 'network', name: 'web', network: { mode: 'user', forwards: [] } })).toMatchObject({
      name: 'web',
      network: { mode: 'user' },
    });
  });

  it('the resources step keeps its OS (its firmware may need OVMF)', () => {
    expect(trialInput({ step: 'resources', osId: 'win11', memoryMiB: 4096, cpus: 2, accel: 'auto' }).osId).toBe('win11');
  });
});
