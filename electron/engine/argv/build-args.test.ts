// Golden files: each case's argv, one argument per line, in golden/<case>.argv. A change to the
// command line shows up as a diff in review. Regenerate with UPDATE_GOLDEN=1 npx vitest run build-args.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { VmConfig } from '../../../shared/model/index.js';
import { vmConfig } from '../../../shared/validate.js';
import { buildQemuArgs, type ArgvHost, type ArgvOptions } from './build-args.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const goldenDir = path.join(here, 'golden');

const base: VmConfig = {
  schemaVersion: 2,
  id: '0b5e6a52-4f7c-4b8e-9c1d-2a3b4c5d6e7f',
  name: 'debian',
  createdAt: '2026-11-21T00:00:00.000Z',
  machine: 'pc',
  accel: 'tcg',
  memoryMiB: 1024,
  cpus: 2,
  cpuModel: null,
  disks: [{ file: 'disk0.qcow2', format: 'qcow2', bus: 'virtio' }],
  cdrom: '/home/ann/iso/debian-12.iso',
  boot: 'cdrom',
  nics: [{ model: 'virtio-net-pci', mac: '52:54:00:12:34:56', network: { mode: 'user' } }],
  balloon: true,
  extraArgs: [],
};

const run = (id: string) => ({
  qmp: `/run/user/1000/virtdesk/${id}/qmp.sock`,
  serial0: `/run/user/1000/virtdesk/${id}/serial0.sock`,
  serial0Log: `/run/user/1000/virtdesk/${id}/serial0.log`,
  monitor: `/run/user/1000/virtdesk/${id}/monitor.sock`,
  pidfile: `/run/user/1000/virtdesk/${id}/qemu.pid`,
});

interface Case {
  name: string;
  config: VmConfig;
  host?: ArgvHost;
  options?: ArgvOptions;
  vmDir?: string;
}

const cases: Case[] = [
  { name: 'iso-install-tcg', config: base },
  { name: 'engine-start-paused', config: base, options: { startPaused: true } },
  {
    name: 'existing-disk-boot-from-disk',
    config: {
      ...base,
      cdrom: null,
      boot: 'disk',
      disks: [
        { file: 'disk0.qcow2', format: 'qcow2', bus: 'virtio' },
        { file: '/srv/images/data.raw', format: 'raw', bus: 'ide' },
      ],
      balloon: false,
    },
  },
  { name: 'auto-accel-kvm-usable', config: { ...base, accel: 'auto' }, host: { kvmUsable: true } },
  { name: 'auto-accel-no-kvm', config: { ...base, accel: 'auto' }, host: { kvmUsable: false } },
  { name: 'kvm-forced', config: { ...base, accel: 'kvm' }, host: { kvmUsable: true } },
  { name: 'kvm-cpu-host', config: { ...base, accel: 'kvm', cpuModel: 'host,-arch-capabilities' }, host: { kvmUsable: true } },
  {
    name: 'two-nics',
    config: {
      ...base,
      nics: [
        { model: 'virtio-net-pci', mac: '52:54:00:12:34:56', network: { mode: 'user' } },
        { model: 'e1000', mac: '52:54:00:ab:cd:ef', network: { mode: 'user' } },
      ],
    },
  },
  {
    name: 'names-with-commas',
    config: {
      ...base,
      name: 'web, db (test)',
      cdrom: '/home/ann/iso/a,b.iso',
      disks: [{ file: '/srv/img,s/disk,0.qcow2', format: 'qcow2', bus: 'virtio' }],
    },
    vmDir: '/data/vms,x/0b5e6a52',
  },
  { name: 'q35-extra-args-last', config: { ...base, machine: 'q35', extraArgs: ['-cpu', 'max', '-rtc', 'base=utc'] } },
];

describe('buildQemuArgs golden files', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(vmConfig.safeParse(c.config).success, 'case config must itself be valid').toBe(true);
      const { argv, warnings } = buildQemuArgs(
        c.config,
        c.host ?? { kvmUsable: false },
        { vmDir: c.vmDir ?? `/home/ann/.local/share/virtdesk/vms/${c.config.id}`, run: run(c.config.id) },
        c.options,
      );
      const text = `${argv.join('\n')}\n`;
      const file = path.join(goldenDir, `${c.name}.argv`);
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, text);
      expect(text).toBe(fs.readFileSync(file, 'utf8'));
      expect(warnings).toEqual([]);
    });
  }

  it('every golden file belongs to a case', () => {
    const files = fs.readdirSync(goldenDir).map((f) => f.replace(/\.argv$/, ''));
    expect(files.sort()).toEqual(cases.map((c) => c.name).sort());
  });
});

describe('buildQemuArgs rules', () => {
  const files = { vmDir: '/d', run: run(base.id) };

  it('warns when KVM is forced on a host where it is not usable', () => {
    const { warnings, accel } = buildQemuArgs({ ...base, accel: 'kvm' }, { kvmUsable: false }, files);
    expect(accel).toEqual(['kvm']);
    expect(warnings.join()).toMatch(/KVM was chosen/);
  });

  it('warns when a socket path would not fit in sun_path', () => {
    const long = `/tmp/${'x'.repeat(110)}/qmp.sock`;
    const { warnings } = buildQemuArgs(base, { kvmUsable: false }, { vmDir: '/d', run: { ...run(base.id), qmp: long } });
    expect(warnings.join()).toMatch(/socket path too long/);
  });

  it('puts -boot c when there is no CD even if boot says cdrom', () => {
    const { argv } = buildQemuArgs({ ...base, cdrom: null }, { kvmUsable: false }, files);
    expect(argv[argv.indexOf('-boot') + 1]).toBe('c');
  });
});
