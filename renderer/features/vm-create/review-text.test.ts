// Review's lines and the OS search as an English and a French reader see them: the words from the
// catalogs, sizes in each language's units ("1.5 GiB" / "1,5 Gio"), and nothing pre-formatted in English.
import { describe, expect, it } from 'vitest';
import type { OsInfo } from '../../../shared/api.js';
import { createI18n, type Language } from '../../../shared/i18n/index.js';
import type { PlannedDisk } from '../../../shared/schemas/wizard-methods.js';
import { testConfig } from '../../test-support/vm-config.js';
import { osName, shownAs } from './os-names.js';
import { searchOs } from './os-search.js';
import { commandLabel, diskText, machineText, networkText, sourceText, type WizardT } from './review-text.js';
import { initialValues } from './wizard-values.js';

const tOf = (lng: Language): WizardT => createI18n(lng).getFixedT(lng, 'wizard');
const en = tOf('en');
const fr = tOf('fr');
const NBSP = '\u00a0';
const GiB = 1024 ** 3;

const disk = (over: Partial<PlannedDisk>): PlannedDisk => ({
  file: 'disk0.qcow2',
  path: '/data/vms/x/disk0.qcow2',
  format: 'qcow2',
  bus: 'virtio',
  origin: 'new',
  virtualSize: GiB,
  hostBytes: null,
  ...over,
});

describe('what each disk costs the host', () => {
  it('a new qcow2 grows as the guest writes', () => {
    expect(diskText(disk({}), en)).toBe('1 GiB qcow2, new, grows as the guest writes · virtio');
    expect(diskText(disk({}), fr)).toBe(`1${NBSP}Gio qcow2, nouveau, grandit à mesure que l’invité écrit · virtio`);
  });
  it('a new raw disk takes all of it at once; a converted copy about its data', () => {
    const raw = disk({ format: 'raw', virtualSize: 1.5 * GiB, hostBytes: 1.5 * GiB });
    expect(diskText(raw, en)).toBe('1.5 GiB raw, new, all of it on the host at once · virtio');
    expect(diskText(raw, fr)).toBe(`1,5${NBSP}Gio raw, nouveau, occupe d’emblée toute sa taille sur l’hôte · virtio`);
    const copy = disk({ origin: 'converted', virtualSize: 20 * GiB, hostBytes: 3.5 * GiB, bus: 'sata' });
    expect(diskText(copy, en)).toBe('20 GiB qcow2, converted copy, about 3.5 GiB on the host · sata');
    expect(diskText(copy, fr)).toBe(`20${NBSP}Gio qcow2, copie convertie, environ 3,5${NBSP}Gio sur l’hôte · sata`);
  });
  it('an image used where it is costs nothing new', () => {
    expect(diskText(disk({ origin: 'existing', format: 'raw' }), en)).toBe('1 GiB raw, existing image · virtio');
    expect(diskText(disk({ origin: 'existing', format: 'raw' }), fr)).toBe(`1${NBSP}Gio raw, image existante · virtio`);
  });
});

describe("Review's identity lines", () => {
  it('where the VM installs from', () => {
    const v = { ...initialValues(null), sourceKind: 'import' as const, importPath: ' /i/a.vmdk ', importMode: 'convert' as const };
    expect(sourceText(v, en)).toBe('Disk image /i/a.vmdk, converted to qcow2');
    expect(sourceText(v, fr)).toBe('Image disque /i/a.vmdk, convertie en qcow2');
    const k = { ...v, sourceKind: 'kernel' as const, kernel: '/b/vmlinuz', initrd: '/b/initrd' };
    expect(sourceText(k, en)).toBe('Kernel /b/vmlinuz with /b/initrd');
    expect(sourceText(k, fr)).toBe('Noyau /b/vmlinuz avec /b/initrd');
  });
  it('the network cards and the machine', () => {
    expect(networkText(testConfig, en)).toBe('virtio-net-pci 52:54:00:12:34:56, user networking (NAT), 2222→22/tcp');
    expect(networkText(testConfig, fr)).toBe('virtio-net-pci 52:54:00:12:34:56, réseau utilisateur (NAT), 2222→22/tcp');
    expect(networkText({ ...testConfig, nics: [] }, fr)).toBeNull();
    expect(machineText(testConfig, en)).toBe('q35, BIOS, boots from CD-ROM, then disk');
    expect(machineText(testConfig, fr)).toBe('q35, BIOS, démarre sur le lecteur CD, puis le disque');
  });
  it('names each command, numbered when a program runs twice', () => {
    const commands = ['qemu-img create a', 'qemu-img create b', '/usr/bin/qemu-system-x86_64 -m 1'];
    expect(commandLabel(commands, 1, en)).toBe('the qemu-img command 2');
    expect(commandLabel(commands, 2, en)).toBe('the qemu-system-x86_64 command');
    expect(commandLabel(commands, 0, fr)).toBe(`la commande qemu-img n°${NBSP}1`);
  });
});

describe('the OS list in the reader’s words', () => {
  const os = (id: string, name: string, family: OsInfo['family']): OsInfo => ({
    id,
    name,
    family,
    defaults: { memoryMiB: 1024, cpus: 1, diskGiB: 10, firmware: 'bios', diskBus: 'virtio', nicModel: 'virtio-net-pci', machine: 'q35' },
  });
  const list = [os('debian12', 'Debian 12', 'linux'), os('generic', 'Generic / unknown OS', 'other')];

  it('the engine’s fallback entry is named, and found, in French', () => {
    expect(osName(list[1]!, fr)).toBe('Système générique / inconnu');
    expect(osName(list[0]!, fr)).toBe('Debian 12');
    expect(searchOs(list, 'générique', null, shownAs(fr)).shown.map((o) => o.id)).toEqual(['generic']);
    expect(searchOs(list, 'autre', null, shownAs(fr)).shown.map((o) => o.id)).toEqual(['generic']);
    // The engine's own words still find it, whatever the language.
    expect(searchOs(list, 'unknown', null, shownAs(fr)).shown.map((o) => o.id)).toEqual(['generic']);
  });
});
