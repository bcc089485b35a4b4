// Golden files: each case's argv, one argument per line, in golden/<case>.argv. A change to the
// command line shows up as a diff in review. Regenerate with UPDATE_GOLDEN=1 npx vitest run build-args.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { VmConfig } from '../../../shared/model/index.js';
import { base, cases, disk, HOST, run, VMDIR, type Case } from '../test-support/argv-cases.js';
import { vmConfig } from '../../../shared/schemas/index.js';
import { buildQemuArgs } from './build-args.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const goldenDir = path.join(here, 'golden');

function build(c: Case) {
  return buildQemuArgs(c.config, c.host ?? HOST, { vmDir: c.vmDir ?? VMDIR, run }, c.options);
}

describe('buildQemuArgs golden files', () => {
  for (const c of cases) {
    it(c.name, () => {
      const parsed = vmConfig.safeParse(c.config);
      expect(parsed.success, `case config must itself be valid: ${parsed.error?.message}`).toBe(true);
      const { argv, errors } = build(c);
      const text = `${argv.join('\n')}\n`;
      const file = path.join(goldenDir, `${c.name}.argv`);
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, text);
      expect(text).toBe(fs.readFileSync(file, 'utf8'));
      expect(errors).toEqual([]);
    });
  }

  it('every golden file belongs to a case', () => {
    const files = fs.readdirSync(goldenDir).map((f) => f.replace(/\.argv$/, ''));
    expect(files.sort()).toEqual(cases.map((c) => c.name).sort());
  });
});

// Every field of the schema either changes the command line (a variation below proves it) or is
// named here as VirtDesk's own bookkeeping. A new field with neither fails this test.
const NOT_ON_THE_COMMAND_LINE: Array<keyof VmConfig> = ['schemaVersion', 'description', 'osId', 'createdAt', 'currentMemoryMiB', 'lab'];
const VARIATIONS: { [K in keyof VmConfig]?: VmConfig[K] } = {
  id: '11111111-2222-4333-8444-555555555555',
  name: 'other',
  machine: 'q35',
  accel: 'kvm',
  cpuModel: 'max',
  memoryMiB: 2048,
  cpus: 4,
  firmware: 'uefi',
  boot: { order: ['disk', 'cdrom'], menu: false },
  kernel: { kernel: '/k', initrd: null, append: '' },
  disks: [],
  cdroms: [],
  nics: [],
  serialPorts: 2,
  consoleDevice: 'virtio',
  display: 'vnc',
  balloon: false,
  guestAgent: true,
  extraArgs: ['-no-reboot'],
  sharedFolders: [{ hostPath: '/srv/tp', tag: 'tp', readOnly: false }],
};

describe('every option of the schema reaches the command line', () => {
  const keys = Object.keys(base) as Array<keyof VmConfig>;
  it('each field is either varied below or listed as not on the command line', () => {
    expect(keys.filter((k) => !(k in VARIATIONS) && !NOT_ON_THE_COMMAND_LINE.includes(k))).toEqual([]);
  });
  for (const key of Object.keys(VARIATIONS) as Array<keyof VmConfig>) {
    it(`${key} changes the argv`, () => {
      const varied = { ...base, [key]: VARIATIONS[key] } as VmConfig;
      expect(build({ name: key, config: varied }).argv).not.toEqual(build({ name: key, config: base }).argv);
    });
  }
});

describe('buildQemuArgs rules', () => {
  it('warns when KVM is forced on a host where it is not usable', () => {
    const { warnings, accel } = build({ name: 'x', config: { ...base, accel: 'kvm' } });
    expect(accel).toEqual(['kvm']);
    expect(warnings.map((w) => w.text).join()).toMatch(/KVM was chosen/);
  });
  it('refuses a socket path that would not fit in sun_path', () => {
    const long = `/tmp/${'x'.repeat(110)}/qmp.sock`;
    const { errors } = buildQemuArgs(base, HOST, { vmDir: '/d', run: { ...run, qmp: long } });
    expect(errors.map((e) => e.text).join()).toMatch(/socket path too long/);
  });
  it('refuses UEFI where OVMF is not installed, naming the package', () => {
    const { errors } = buildQemuArgs({ ...base, firmware: 'uefi' }, { kvmUsable: false, uefiCode: null }, { vmDir: '/d', run });
    expect(errors.map((e) => e.text).join()).toMatch(/install the "ovmf" package/);
  });
  it('refuses more IDE devices than the pc machine has', () => {
    const { errors } = build({ name: 'x', config: { ...base, disks: [0, 1, 2, 3].map((i) => disk({ file: `d${i}.qcow2`, bus: 'ide' })) } });
    expect(errors.map((e) => e.text).join()).toMatch(/Too many IDE devices/);
  });
  it('names the first IDE CD-ROM ide1-cd0, so the course\'s "change ide1-cd0 x.iso" works as typed', () => {
    expect(build({ name: 'x', config: base }).argv.join(' ')).toMatch(/id=ide1-cd0,media=cdrom/);
  });
  it('puts the guest agent and the virtio console on one virtio-serial bus', () => {
    const { argv } = build({ name: 'x', config: { ...base, consoleDevice: 'virtio', guestAgent: true } });
    expect(argv.filter((a) => a.startsWith('virtio-serial-pci'))).toEqual(['virtio-serial-pci,id=vser0']);
    expect(argv).toContain('virtserialport,bus=vser0.0,chardev=qga0,name=org.qemu.guest_agent.0');
  });
  it("leaves the guest agent out of a person's command line (it is the engine's channel)", () => {
    const { argv } = build({ name: 'x', config: { ...base, guestAgent: true }, options: { forHuman: true } });
    expect(argv.join(' ')).not.toContain('guest_agent');
  });
  it('binds port forwards to 127.0.0.1 only', () => {
    const c = cases.find((x) => x.name === 'port-forwards')!;
    expect(build(c).argv.join(' ')).toContain('hostfwd=tcp:127.0.0.1:2222-:22');
  });
});
