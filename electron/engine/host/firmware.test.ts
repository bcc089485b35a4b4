// findFirmware against a fake filesystem in a temp folder: descriptor folders with JSON written
// like Debian's ovmf package writes them, and fake firmware files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDescriptorDirs, findFirmware, firmwareFromDescriptor, type WellKnownFirmware } from './firmware.js';

let root: string;
const p = (...parts: string[]) => path.join(root, ...parts);
const touch = (file: string, content = 'x') => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
};
const descriptor = (dir: string, name: string, json: unknown) =>
  touch(path.join(dir, name), typeof json === 'string' ? json : JSON.stringify(json, null, 4));

/** Shaped like /usr/share/qemu/firmware/*.json of Debian 12's ovmf package. */
function edk2(description: string, code: string, vars: string | null, features: string[], arch = 'x86_64') {
  return {
    description,
    'interface-types': ['uefi'],
    mapping: {
      device: 'flash',
      executable: { filename: code, format: 'raw' },
      ...(vars ? { 'nvram-template': { filename: vars, format: 'raw' } } : { mode: 'stateless' }),
    },
    targets: [{ architecture: arch, machines: ['pc-q35-*'] }],
    features,
    tags: [],
  };
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-fw-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('findFirmware', () => {
  it('lists descriptors in file-name order, skips missing files, other arches and broken JSON', async () => {
    const dist = p('usr/share/qemu/firmware');
    touch(p('OVMF/CODE_4M.secboot.fd'));
    fs.symlinkSync('CODE_4M.secboot.fd', p('OVMF/CODE_4M.ms.fd'));
    touch(p('OVMF/VARS_4M.ms.fd'));
    touch(p('OVMF/CODE_4M.fd'));
    touch(p('OVMF/VARS_4M.fd'));
    touch(p('seabios/bios-256k.bin'));
    descriptor(dist, '60-edk2-x86_64.json', edk2('UEFI firmware for x86_64', p('OVMF/CODE_4M.fd'), p('OVMF/VARS_4M.fd'), ['acpi-s3']));
    descriptor(
      dist,
      '40-edk2-x86_64-secure-enrolled.json',
      edk2('UEFI, Secure Boot, MS certs enrolled', p('OVMF/CODE_4M.ms.fd'), p('OVMF/VARS_4M.ms.fd'), [
        'enrolled-keys',
        'requires-smm',
        'secure-boot',
      ]),
    );
    descriptor(dist, '10-missing-code.json', edk2('not installed', p('OVMF/NOPE.fd'), p('OVMF/VARS_4M.fd'), []));
    descriptor(dist, '20-missing-vars.json', edk2('no vars', p('OVMF/CODE_4M.fd'), p('OVMF/NOPE_VARS.fd'), []));
    descriptor(dist, '30-aarch64.json', edk2('arm', p('OVMF/CODE_4M.fd'), p('OVMF/VARS_4M.fd'), [], 'aarch64'));
    descriptor(dist, '35-broken.json', '{ "interface-types": [');
    descriptor(dist, '36-array.json', '[1, 2, 3]');
    touch(path.join(dist, 'README'), 'not a descriptor');
    descriptor(dist, '70-seabios.json', {
      description: 'SeaBIOS',
      'interface-types': ['bios'],
      mapping: { device: 'memory', filename: p('seabios/bios-256k.bin') },
      targets: [{ architecture: 'x86_64', machines: ['pc-i440fx-*', 'pc-q35-*'] }],
      features: [],
    });

    expect(await findFirmware({ descriptorDirs: [p('nowhere'), dist], wellKnown: [] })).toEqual([
      {
        kind: 'uefi',
        name: 'UEFI, Secure Boot, MS certs enrolled',
        path: p('OVMF/CODE_4M.ms.fd'),
        varsTemplate: p('OVMF/VARS_4M.ms.fd'),
        secureBoot: true,
      },
      { kind: 'uefi', name: 'UEFI firmware for x86_64', path: p('OVMF/CODE_4M.fd'), varsTemplate: p('OVMF/VARS_4M.fd'), secureBoot: false },
      { kind: 'bios', name: 'SeaBIOS', path: p('seabios/bios-256k.bin'), varsTemplate: null, secureBoot: false },
    ]);
  });

  it('lets a higher-priority folder replace or hide (empty file) a descriptor of the same name', async () => {
    const user = p('home/.config/qemu/firmware');
    const etc = p('etc/qemu/firmware');
    const dist = p('usr/share/qemu/firmware');
    touch(p('fw/a.fd'));
    touch(p('fw/b.fd'));
    touch(p('fw/vars.fd'));
    descriptor(dist, '50-a.json', edk2('from the distribution', p('fw/a.fd'), p('fw/vars.fd'), []));
    descriptor(etc, '50-a.json', edk2('from the sysadmin', p('fw/a.fd'), p('fw/vars.fd'), []));
    descriptor(dist, '60-b.json', edk2('b', p('fw/b.fd'), p('fw/vars.fd'), []));
    touch(path.join(user, '60-b.json'), ''); // masks the distribution's 60-b.json
    descriptor(user, '90-user.json', edk2('mine', p('fw/b.fd'), null, ['secure-boot']));

    const found = await findFirmware({ descriptorDirs: [user, etc, dist], wellKnown: [] });
    expect(found.map((f) => [f.name, f.varsTemplate])).toEqual([
      ['from the sysadmin', p('fw/vars.fd')],
      ['mine', null],
    ]);
  });

  it('adds well-known files that exist and that no descriptor already named (through symlinks too)', async () => {
    const dist = p('usr/share/qemu/firmware');
    touch(p('OVMF/OVMF_CODE_4M.secboot.fd'));
    fs.symlinkSync('OVMF_CODE_4M.secboot.fd', p('OVMF/OVMF_CODE_4M.ms.fd'));
    touch(p('OVMF/OVMF_VARS_4M.ms.fd'));
    touch(p('seabios/bios-256k.bin'));
    touch(p('ovmf/OVMF.fd'));
    descriptor(dist, '40-enrolled.json', edk2('enrolled', p('OVMF/OVMF_CODE_4M.ms.fd'), p('OVMF/OVMF_VARS_4M.ms.fd'), ['secure-boot']));
    const wellKnown: WellKnownFirmware[] = [
      { kind: 'bios', name: 'SeaBIOS', path: p('seabios/bios-256k.bin'), varsTemplate: null, secureBoot: false },
      { kind: 'bios', name: 'SeaBIOS (128 KiB)', path: p('seabios/bios.bin'), varsTemplate: null, secureBoot: false },
      {
        kind: 'uefi',
        name: 'OVMF SB',
        path: p('OVMF/OVMF_CODE_4M.secboot.fd'),
        varsTemplate: p('OVMF/OVMF_VARS_4M.ms.fd'),
        secureBoot: true,
      },
      { kind: 'uefi', name: 'OVMF single', path: p('ovmf/OVMF.fd'), varsTemplate: null, secureBoot: false },
    ];
    const found = await findFirmware({ descriptorDirs: [dist], wellKnown });
    expect(found.map((f) => f.name)).toEqual(['enrolled', 'SeaBIOS', 'OVMF single']);
  });

  it('works with no descriptors at all and returns [] when nothing is installed', async () => {
    touch(p('seabios/bios.bin'));
    const wellKnown: WellKnownFirmware[] = [
      { kind: 'bios', name: 'SeaBIOS', path: p('seabios/bios-256k.bin'), varsTemplate: null, secureBoot: false },
      { kind: 'bios', name: 'SeaBIOS (128 KiB)', path: p('seabios/bios.bin'), varsTemplate: null, secureBoot: false },
    ];
    expect(await findFirmware({ descriptorDirs: [p('none')], wellKnown })).toEqual([wellKnown[1]]);
    expect(await findFirmware({ descriptorDirs: [], wellKnown: [] })).toEqual([]);
  });
});

describe('firmwareFromDescriptor', () => {
  const base = edk2('d', '/fw/code.fd', '/fw/vars.fd', []);

  it('rejects what is not x86_64 BIOS/UEFI firmware with absolute paths', () => {
    expect(firmwareFromDescriptor(null, 'x.json')).toBeNull();
    expect(firmwareFromDescriptor('text', 'x.json')).toBeNull();
    expect(firmwareFromDescriptor({ ...base, 'interface-types': ['openfirmware'] }, 'x.json')).toBeNull();
    expect(firmwareFromDescriptor({ ...base, targets: 'x86_64' }, 'x.json')).toBeNull();
    expect(firmwareFromDescriptor({ ...base, mapping: { device: 'kernel', filename: '/fw/k' } }, 'x.json')).toBeNull();
    expect(firmwareFromDescriptor(edk2('d', 'relative.fd', null, []), 'x.json')).toBeNull();
    expect(firmwareFromDescriptor({ ...base, mapping: { device: 'flash', executable: {} } }, 'x.json')).toBeNull();
  });

  it('falls back to the file name when there is no description', () => {
    const { description: _omit, ...noDescription } = base;
    expect(firmwareFromDescriptor(noDescription, '60-edk2-x86_64.json')).toEqual({
      kind: 'uefi',
      name: '60-edk2-x86_64',
      path: '/fw/code.fd',
      varsTemplate: '/fw/vars.fd',
      secureBoot: false,
    });
  });
});

describe('defaultDescriptorDirs', () => {
  it('follows firmware.json: user config, /etc, then the distribution', () => {
    expect(defaultDescriptorDirs({ XDG_CONFIG_HOME: '/cfg', HOME: '/home/u' })).toEqual([
      '/cfg/qemu/firmware',
      '/etc/qemu/firmware',
      '/usr/share/qemu/firmware',
    ]);
    expect(defaultDescriptorDirs({ HOME: '/home/u' })[0]).toBe('/home/u/.config/qemu/firmware');
  });
});
