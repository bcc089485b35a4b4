// Golden tests: the parsers against help output of two QEMU versions (7.2 captured from the real
// binary, 9.2 written by hand from QEMU's source: see fixtures/README.md), plus odd input.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAccelHelp, parseCpuHelp, parseDeviceHelp, parseMachineHelp } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (version: string, name: string) => fs.readFileSync(path.join(here, 'fixtures', `qemu-${version}`, `${name}.txt`), 'utf8');

// What a user would notice per version; counts are every entry line of the fixture.
const versions = [
  {
    version: '7.2',
    pc: 'pc-i440fx-7.2',
    q35: 'pc-q35-7.2',
    deprecated: 'pc-i440fx-1.4',
    machines: 61,
    cpus: 132,
    devices: 389,
    cpuPrefix: 'x86 ',
  },
  {
    version: '9.2',
    pc: 'pc-i440fx-9.2',
    q35: 'pc-q35-9.2',
    deprecated: 'pc-i440fx-6.2',
    machines: 43,
    cpus: 28,
    devices: 75,
    cpuPrefix: '  ',
  },
];

describe.each(versions)('QEMU $version help output', (v) => {
  const machines = parseMachineHelp(fixture(v.version, 'machine'));
  const cpus = parseCpuHelp(fixture(v.version, 'cpu'));
  const devices = parseDeviceHelp(fixture(v.version, 'device'));
  const accels = parseAccelHelp(fixture(v.version, 'accel'));
  const machine = (name: string) => machines.find((m) => m.name === name);
  const device = (name: string) => devices.find((d) => d.name === name);

  it('reads every machine line and skips the header', () => {
    expect(machines).toHaveLength(v.machines);
    expect(machine('Supported')).toBeUndefined();
    expect(new Set(machines.map((m) => m.name)).size).toBe(machines.length);
  });

  it('marks exactly one default machine, the versioned i440fx that "pc" points to', () => {
    expect(machines.filter((m) => m.isDefault)).toEqual([
      { name: v.pc, description: 'Standard PC (i440FX + PIIX, 1996)', alias: 'pc', isDefault: true, deprecated: false },
    ]);
  });

  it('keeps the alias lines as their own entries, without the "(alias of ...)" suffix', () => {
    expect(machine('pc')).toEqual({
      name: 'pc',
      description: 'Standard PC (i440FX + PIIX, 1996)',
      alias: null,
      isDefault: false,
      deprecated: false,
    });
    expect(machine('q35')).toMatchObject({ description: 'Standard PC (Q35 + ICH9, 2009)', alias: null });
    expect(machine(v.q35)).toMatchObject({ alias: 'q35', isDefault: false, deprecated: false });
    // A picker finds what an alias points to through the target's `alias`.
    expect(machines.find((m) => m.alias === 'q35')?.name).toBe(v.q35);
    expect(machines.filter((m) => m.alias !== null).map((m) => m.alias)).toEqual(['pc', 'q35']);
  });

  it('reads "(deprecated)" and keeps descriptions that contain parentheses', () => {
    expect(machine(v.deprecated)).toMatchObject({ deprecated: true, description: 'Standard PC (i440FX + PIIX, 1996)' });
    expect(machine(v.pc)?.deprecated).toBe(false);
    expect(machine('microvm')?.description).toBe('microvm (i386)');
    expect(machine('isapc')?.description).toBe('ISA-only PC');
    expect(machine('none')?.description).toBe('empty machine');
    expect(machine('pc-q35-4.0.1')).toBeDefined();
  });

  it('reads CPU models, not the CPUID flags after them', () => {
    const names = cpus.map((c) => c.name);
    expect(cpus).toHaveLength(v.cpus);
    expect(names).toEqual(expect.arrayContaining(['qemu64', 'host', 'max', 'base', 'Broadwell', '486-v1']));
    expect(names.slice(-3)).toEqual(['base', 'host', 'max']);
    // Flag words ("3dnow", "vmx", "xtpr") would show up as models if the flags section leaked in.
    for (const flag of ['3dnow', 'xtpr', 'xstore', 'Recognized', 'Available', 'x86']) expect(names).not.toContain(flag);
    expect(cpus.find((c) => c.name === 'max')?.description).toBe('Enables all features supported by the accelerator in the current host');
    expect(cpus.find((c) => c.name === 'host')?.description).toBe('processor with all supported host features');
    expect(cpus.find((c) => c.name === 'qemu64-v1')?.description).toBe('QEMU Virtual CPU version 2.5+');
    expect(cpus.find((c) => c.name === 'Broadwell')?.description).toBe('(alias configured by machine type)');
    expect(cpus.find((c) => c.name === '486-v1')?.description).toBe('');
    expect(fixture(v.version, 'cpu').split('\n')[1]?.startsWith(`${v.cpuPrefix}486`)).toBe(true);
  });

  it("files network, display and storage devices under QEMU's own categories", () => {
    for (const name of ['virtio-net-pci', 'e1000', 'rtl8139', 'e1000e', 'vmxnet3']) {
      expect(device(name)?.category, name).toBe('Network devices');
    }
    expect(device('virtio-net-pci')).toEqual({
      name: 'virtio-net-pci',
      category: 'Network devices',
      bus: 'PCI',
      description: null,
      alias: 'virtio-net',
    });
    expect(device('e1000')).toEqual({
      name: 'e1000',
      category: 'Network devices',
      bus: 'PCI',
      description: 'Intel Gigabit Ethernet',
      alias: 'e1000-82540em',
    });
    for (const name of ['VGA', 'virtio-vga', 'virtio-gpu-pci', 'qxl-vga', 'bochs-display', 'ramfb']) {
      expect(device(name)?.category, name).toBe('Display devices');
    }
    expect(device('ramfb')?.bus).toBe('System');
    expect(device('ich9-ahci')).toMatchObject({ category: 'Storage devices', alias: 'ahci', description: null });
    expect(device('nvdimm')).toMatchObject({ category: 'Storage devices', bus: null, description: 'DIMM memory module' });
    expect(device('qemu-xhci')?.category).toBe('USB devices');
    expect(device('usb-tablet')?.category).toBe('Input devices');
    expect(device('pcie-root-port')?.category).toBe('Controller/Bridge/Hub devices');
    expect(device('i6300esb')?.category).toBe('Watchdog devices');
    expect(device('pc-dimm')?.category).toBe('Uncategorized devices');
    expect(device('virtio-balloon-pci')).toMatchObject({ category: 'Misc devices', alias: 'virtio-balloon' });
    // Descriptions with commas and parentheses stay whole.
    expect(device('hda-duplex')).toMatchObject({
      category: 'Sound devices',
      bus: 'HDA',
      description: 'HDA Audio Codec, duplex (line-out, line-in)',
    });
    expect(device('AC97')).toMatchObject({ alias: 'ac97', description: 'Intel 82801AA AC97 Audio' });
    expect(device('max-x86_64-cpu')).toMatchObject({ category: 'CPU devices', bus: null });
    expect(new Set(devices.map((d) => d.category)).size).toBe(11);
    expect(devices).toHaveLength(v.devices); // every `name "..."` line of the fixture
  });

  it('lists the kvm and tcg accelerators', () => {
    expect(accels).toEqual(['tcg', 'kvm']);
  });
});

describe('odd input', () => {
  const parsers = [parseMachineHelp, parseCpuHelp, parseDeviceHelp, parseAccelHelp] as const;

  it('returns empty lists for empty, blank or non-string input and never throws', () => {
    for (const parse of parsers) {
      expect(parse('')).toEqual([]);
      expect(parse('\n\n  \r\n')).toEqual([]);
      expect(parse(undefined as unknown as string)).toEqual([]);
      expect(parse(null as unknown as string)).toEqual([]);
      expect(() => parse('\u0000\u00ff"""name "\t:\n)(((')).not.toThrow();
    }
  });

  it('reads CRLF output like LF output', () => {
    for (const [parse, name] of [
      [parseMachineHelp, 'machine'],
      [parseCpuHelp, 'cpu'],
      [parseDeviceHelp, 'device'],
      [parseAccelHelp, 'accel'],
    ] as const) {
      const lf = fixture('7.2', name);
      expect((parse as (t: string) => unknown)(lf.replace(/\n/g, '\r\n'))).toEqual((parse as (t: string) => unknown)(lf));
    }
  });

  it('ignores junk lines between machine lines', () => {
    const text = [
      "qemu-system-x86_64: warning: host doesn't support requested feature",
      'Supported machines are:',
      '   indented continuation',
      'pc                   Standard PC (i440FX + PIIX, 1996) (alias of pc-i440fx-7.2)',
      '',
      '#### garbage ####',
      'pc-i440fx-7.2        Standard PC (i440FX + PIIX, 1996) (default)',
      'old                  Old PC (default) (deprecated)',
      'bare',
    ].join('\n');
    expect(parseMachineHelp(text)).toEqual([
      { name: 'pc', description: 'Standard PC (i440FX + PIIX, 1996)', alias: null, isDefault: false, deprecated: false },
      { name: 'pc-i440fx-7.2', description: 'Standard PC (i440FX + PIIX, 1996)', alias: 'pc', isDefault: true, deprecated: false },
      { name: 'old', description: 'Old PC', alias: null, isDefault: true, deprecated: true },
      { name: 'bare', description: '', alias: null, isDefault: false, deprecated: false },
    ]);
  });

  it('finds an alias even when its line comes after the machine', () => {
    const text =
      'pc-q35-9.2           Standard PC (Q35 + ICH9, 2009)\nq35                  Standard PC (Q35 + ICH9, 2009) (alias of pc-q35-9.2)\n';
    expect(parseMachineHelp(text).find((m) => m.name === 'pc-q35-9.2')?.alias).toBe('q35');
  });

  it('reads CPU lines without the "Available CPUs:" header, and stops at any other section', () => {
    const text = 'x86 qemu64  QEMU Virtual CPU version 2.5+\n  max   Enables all\n\nSome other section:\n  notacpu  x\n';
    expect(parseCpuHelp(text)).toEqual([
      { name: 'qemu64', description: 'QEMU Virtual CPU version 2.5+' },
      { name: 'max', description: 'Enables all' },
    ]);
    expect(parseCpuHelp('Available CPUs:\nx86 max  a\nx86 max  b\ngarbage line\n  $$$ x\n')).toEqual([{ name: 'max', description: 'a' }]);
  });

  it('reads device lines with unusual fields, skips no-user devices and junk', () => {
    const text = [
      'name "early", bus PCI',
      'Network devices:',
      'name "quoted", bus PCI, desc "A "quoted" name, with commas"',
      'name "hidden", bus System, desc "not for -device", no-user',
      'name "hidden2", no-user',
      'name "future", bus PCI, colour "blue", desc "skipped"',
      'name ""',
      'nonsense line',
      '  name "indented", bus ISA  ',
    ].join('\r\n');
    expect(parseDeviceHelp(text)).toEqual([
      { name: 'early', category: 'Uncategorized devices', bus: 'PCI', description: null, alias: null },
      { name: 'quoted', category: 'Network devices', bus: 'PCI', description: 'A "quoted" name, with commas', alias: null },
      { name: 'future', category: 'Network devices', bus: 'PCI', description: null, alias: null },
      { name: 'indented', category: 'Network devices', bus: 'ISA', description: null, alias: null },
    ]);
  });

  it('reads accelerator names under the header only, once each', () => {
    expect(parseAccelHelp('Accelerators supported in QEMU binary:\r\ntcg\r\nkvm\r\nkvm\r\n')).toEqual(['tcg', 'kvm']);
    expect(parseAccelHelp('stray\nAccelerators supported in QEMU binary:\ntcg\nNot an accel\nxen\n')).toEqual(['tcg', 'xen']);
    expect(parseAccelHelp('tcg\nkvm\n')).toEqual(['tcg', 'kvm']);
  });
});
