// libosinfo's database read into the wizard's OS list: the XML reader, the records, inheritance, the
// defaults each OS gets, and the merge with VirtDesk's own list. Fixtures are excerpts of osinfo-db's
// files; where osinfo-db is installed, the real database is read too.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { OS_CATALOG } from './os-catalog.js';
import { buildCatalog, compareOsNames, loadOsCatalog, mergeRecords, osinfoDirs, readOsinfoDb } from './os-database.js';
import { defaultsFrom, osinfoEntries } from './osinfo-defaults.js';
import { parseOsinfoFile } from './osinfo-db.js';
import { parseXml } from './xml.js';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/osinfo');
const fixture = (p: string) => fs.readFileSync(path.join(FIXTURES, 'os', p), 'utf8');

describe('the XML reader', () => {
  it('reads elements, attributes, text, entities, CDATA; skips comments and declarations', () => {
    const root = parseXml(`<?xml version="1.0"?><!-- c --><a x='1' y="a&amp;b>c"><b>&#xB370; &lt;&#65;&gt;</b><c/><![CDATA[<raw>]]></a>`);
    expect(root).toMatchObject({ name: 'a', attrs: { x: '1', y: 'a&b>c' }, text: '<raw>' });
    expect(root.children.map((c) => [c.name, c.text])).toEqual([
      ['b', '\uB370 <A>'],
      ['c', ''],
    ]);
  });

  it('refuses what is not well-formed, saying where', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(/does not close <b>/);
    expect(() => parseXml('<a><b>')).toThrow(/never closed/);
  });
});

describe("libosinfo's records", () => {
  it('reads ids, the English name, variants, x86_64 media, resources and devices; skips translations and other architectures', () => {
    const [debian] = parseOsinfoFile(fixture('debian.org/debian-11.xml'));
    expect(debian).toEqual({
      uri: 'http://debian.org/debian/11',
      shortIds: ['debian11', 'debianbullseye'],
      name: 'Debian 11',
      variantNames: ['Debian 11', 'Debian 11 (Generic Cloud)'],
      family: 'linux',
      parents: ['http://debian.org/debian/10'],
      minimum: { ramBytes: 1073741824, storageBytes: 10737418240, cpus: 1 },
      recommended: { ramBytes: 1073741824, storageBytes: 21474836480, cpus: undefined },
      devices: ['http://pcisig.com/pci/1af4/1050'],
      firmware: [],
      mediaVolumeIds: ['Debian 11.\\d+.\\d+ amd64 n'],
    });
  });

  it('takes the x86_64 resources over the i686 ones, and the firmware libosinfo lists', () => {
    const [win7] = parseOsinfoFile(fixture('microsoft.com/win-7.xml'));
    expect(win7!.minimum).toEqual({ ramBytes: 2147483648, storageBytes: 21474836480, cpus: 1 });
    const [win11] = parseOsinfoFile(fixture('microsoft.com/win-11.xml'));
    expect(win11!.firmware).toEqual([
      { type: 'efi', supported: true },
      { type: 'bios', supported: false },
    ]);
  });

  it("joins an OS's parts (a .d file adds to it); a driver's devices are not devices the OS knows", () => {
    const [main] = parseOsinfoFile(fixture('microsoft.com/win-7.xml'));
    const [drivers] = parseOsinfoFile(fixture('microsoft.com/win-7.d/pre-installable-drivers.xml'));
    const joined = mergeRecords(main!, drivers!);
    expect(joined.name).toBe('Microsoft Windows 7');
    expect(joined.minimum).toEqual(main!.minimum);
    expect(joined.devices).not.toContain('http://pcisig.com/pci/1af4/1000');
  });

  it('reads folders the way libosinfo does: parts joined, a missing folder or a broken file skipped (and logged)', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const records = await readOsinfoDb([FIXTURES, `${FIXTURES}-broken`, path.join(FIXTURES, 'nowhere')]);
      expect(records.map((r) => r.shortIds[0]).sort()).toEqual(['debian10', 'debian11', 'win10', 'win11', 'win7']);
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/skipped .*broken\.xml: XML: <os> is never closed/));
    } finally {
      logged.mockRestore();
    }
  });
});

describe('the defaults an OS gets from libosinfo', () => {
  const entries = async () => osinfoEntries(await readOsinfoDb([FIXTURES]));
  const byId = async (id: string) => (await entries()).find((e) => e.id === id)!;

  it('Linux with virtio drivers (inherited from the release it derives from): virtio disk and NIC, q35, its recommended figures', async () => {
    expect((await byId('debian11')).defaults).toEqual({
      memoryMiB: 1024,
      cpus: 2,
      diskGiB: 20,
      firmware: 'bios',
      diskBus: 'virtio',
      nicModel: 'virtio-net-pci',
      machine: 'q35',
    });
    expect(await byId('debian11')).toMatchObject({ name: 'Debian 11', family: 'linux', origin: 'libosinfo', aliases: ['debianbullseye'] });
  });

  it('Windows: SATA on q35 and e1000 (no virtio drivers on the installer); never less than its minimum', async () => {
    expect((await byId('win7')).defaults).toMatchObject({
      memoryMiB: 2048,
      diskGiB: 40,
      diskBus: 'sata',
      nicModel: 'e1000',
      machine: 'q35',
    });
    // Windows 10 has figures of its own: Windows 7's recommendation is not inherited over them.
    expect((await byId('win10')).defaults).toMatchObject({ memoryMiB: 2048, diskGiB: 20, diskBus: 'sata', firmware: 'bios' });
  });

  it('Windows 11: UEFI, since libosinfo says it cannot boot from BIOS; its minimum of 2 CPUs', async () => {
    expect((await byId('win11')).defaults).toMatchObject({ firmware: 'uefi', cpus: 2, memoryMiB: 4096, diskGiB: 64, diskBus: 'sata' });
  });

  it('an OS with no drivers listed: IDE on the pc machine, e1000; an rtl8139-only OS gets rtl8139', () => {
    const none = { family: 'other' as const, devices: new Set<string>(), minimum: null, recommended: null, firmware: [] };
    expect(defaultsFrom(none)).toEqual({
      memoryMiB: 2048,
      cpus: 2,
      diskGiB: 20,
      firmware: 'bios',
      diskBus: 'ide',
      nicModel: 'e1000',
      machine: 'pc',
    });
    expect(defaultsFrom({ ...none, devices: new Set(['http://pcisig.com/pci/10ec/8139']) }).nicModel).toBe('rtl8139');
    expect(
      defaultsFrom({ ...none, minimum: { ramBytes: 33554432 }, recommended: { ramBytes: 67108864, storageBytes: 419430400 } }),
    ).toMatchObject({ memoryMiB: 64, diskGiB: 1 });
  });
});

describe('the OS list: libosinfo merged with the built-in list', () => {
  it('libosinfo first; the built-in list fills in what it lacks (Debian 12, memtest86+, iPXE); generic always there', async () => {
    const catalog = buildCatalog(osinfoEntries(await readOsinfoDb([FIXTURES])));
    expect(catalog.source).toBe('libosinfo');
    expect(catalog.find('debian11')?.origin).toBe('libosinfo'); // in both: the database's figures
    expect(catalog.find('debianbullseye')?.id).toBe('debian11'); // libosinfo's other short id
    expect(catalog.find('debian12')).toMatchObject({ name: 'Debian 12 (bookworm)', origin: 'built-in' });
    expect(catalog.find('memtest86plus')?.name).toMatch(/Memtest86\+/);
    expect(catalog.find('generic')?.origin).toBe('built-in');
    expect(catalog.find('nope')).toBeNull();
    const names = catalog.list.map((o) => o.name);
    expect(names.indexOf('Debian 12 (bookworm)')).toBeLessThan(names.indexOf('Debian 11'));
    expect(names.indexOf('Debian 11')).toBeLessThan(names.indexOf('Debian 10'));
  });

  it('finds what osinfo-detect printed: the name with the architecture after it, or a variant name', async () => {
    const catalog = buildCatalog(osinfoEntries(await readOsinfoDb([FIXTURES])));
    expect(catalog.byOsinfoName('Debian 11 (x86_64)')?.id).toBe('debian11');
    expect(catalog.byOsinfoName('Microsoft Windows 7 Professional (x86_64)')?.id).toBe('win7');
    expect(catalog.byOsinfoName('Plan 9 (x86_64)')).toBeNull();
  });

  it('without libosinfo: the built-in list and generic', () => {
    const catalog = buildCatalog([]);
    expect(catalog.source).toBe('built-in');
    expect(catalog.list).toHaveLength(OS_CATALOG.length + 1);
  });

  it('orders names naturally, newest release first', () => {
    const names = [
      'Debian testing',
      'Debian 2.0',
      'Debian 11',
      'Alpine Linux',
      'Debian 12 (bookworm)',
      'Alpine Linux 3.9',
      'Alpine Linux 3.17',
    ];
    expect(names.sort(compareOsNames)).toEqual([
      'Alpine Linux',
      'Alpine Linux 3.17',
      'Alpine Linux 3.9',
      'Debian 12 (bookworm)',
      'Debian 11',
      'Debian 2.0',
      'Debian testing',
    ]);
  });

  it('reads the installed database (osinfo-db) quickly, once', async (ctx) => {
    if (!fs.existsSync('/usr/share/osinfo/os')) return ctx.skip('osinfo-db is not installed');
    const started = performance.now();
    const catalog = await loadOsCatalog(osinfoDirs());
    const firstMs = performance.now() - started;
    expect(catalog.list.length).toBeGreaterThan(500);
    expect(catalog.find('win11')?.defaults.firmware).toBe('uefi');
    expect(catalog.find('fedora36')?.defaults.diskBus).toBe('virtio');
    expect(firstMs).toBeLessThan(5000);
    const again = performance.now();
    expect(await loadOsCatalog(osinfoDirs())).toBe(catalog); // cached
    expect(performance.now() - again).toBeLessThan(50);
  });
});
