// libosinfo's records -> VirtDesk's OS entries with their defaults. An OS inherits devices (and, when
// it lists none of its own, resources and firmware) from the OSes it derives from or clones, as
// libosinfo itself does. PURE.
import type { OsDefaults, OsEntry } from './os-catalog.js';
import type { OsinfoRecord, OsinfoResources } from './osinfo-db.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const pci = (vendorDevice: string) => `http://pcisig.com/pci/${vendorDevice}`;
/** virtio-net and virtio-blk, legacy and 1.0 ids: a guest that has these drivers gets virtio devices. */
const VIRTIO_NET = [pci('1af4/1000'), pci('1af4/1041')];
const VIRTIO_BLK = [pci('1af4/1001'), pci('1af4/1042')];
const E1000 = pci('8086/100e');
const E1000E = pci('8086/10d3');
const RTL8139 = pci('10ec/8139');
/** ICH9 AHCI and the q35 chipset: an OS that knows them installs onto q35's SATA. */
const Q35_SIGNS = [pci('8086/2922'), 'http://qemu.org/chipset/x86/q35'];

/** When libosinfo gives no figure: what VirtDesk's generic OS gets. */
const FALLBACK = { memoryMiB: 2048, cpus: 2, diskGiB: 20 };

export function osFamily(family: string | null): OsEntry['family'] {
  switch (family) {
    case 'linux':
      return 'linux';
    case 'freebsd':
    case 'netbsd':
    case 'openbsd':
    case 'dragonflybsd':
      return 'bsd';
    case 'winnt':
    case 'win9x':
    case 'win16':
      return 'windows';
    default:
      return 'other';
  }
}

/** The defaults for one OS from what libosinfo knows of it (devices, resources and firmware already inherited). */
export function defaultsFrom(info: {
  family: OsEntry['family'];
  devices: ReadonlySet<string>;
  minimum: OsinfoResources | null;
  recommended: OsinfoResources | null;
  firmware: OsinfoRecord['firmware'];
}): OsDefaults {
  const { devices, minimum, recommended } = info;
  const has = (ids: readonly string[]) => ids.some((d) => devices.has(d));
  const virtioDisk = has(VIRTIO_BLK);
  // Without virtio: SATA where the OS knows q35's AHCI (and every Windows since Vista does), else IDE on pc.
  const sata = virtioDisk || has(Q35_SIGNS) || (info.family === 'windows' && devices.has(E1000E));
  const diskBus: OsDefaults['diskBus'] = virtioDisk ? 'virtio' : sata ? 'sata' : 'ide';
  const nicModel: OsDefaults['nicModel'] = has(VIRTIO_NET)
    ? 'virtio-net-pci'
    : devices.has(E1000) || !devices.has(RTL8139)
      ? 'e1000'
      : 'rtl8139';
  // The recommendation, never below the minimum (the database has a few of those).
  const ramBytes = maxOf(recommended?.ramBytes, minimum?.ramBytes);
  const storageBytes = maxOf(recommended?.storageBytes, minimum?.storageBytes);
  const bios = info.firmware.find((f) => f.type === 'bios');
  const efi = info.firmware.find((f) => f.type === 'efi');
  return {
    // Whole 64 MiB steps, never below what the OS needs at least.
    memoryMiB: ramBytes ? Math.max(64, Math.ceil(ramBytes / MiB / 64) * 64) : FALLBACK.memoryMiB,
    cpus: Math.max(minimum?.cpus ?? 1, recommended?.cpus ?? FALLBACK.cpus),
    diskGiB: storageBytes ? Math.max(1, Math.ceil(storageBytes / GiB)) : FALLBACK.diskGiB,
    // UEFI only where the OS cannot boot from BIOS at all (Windows 11): BIOS VMs can take snapshots.
    firmware: bios && !bios.supported && efi?.supported !== false ? 'uefi' : 'bios',
    diskBus,
    nicModel,
    machine: diskBus === 'ide' ? 'pc' : 'q35',
  };
}

const maxOf = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/** Every OS of the database as an entry with defaults, inheriting along derives-from and clones. */
export function osinfoEntries(records: OsinfoRecord[]): OsEntry[] {
  const byUri = new Map(records.map((r) => [r.uri, r]));
  // Ancestors nearest first (breadth first), each once: the database has diamonds (XP derives from 2000 and ME).
  const ancestors = (r: OsinfoRecord): OsinfoRecord[] => {
    const out: OsinfoRecord[] = [];
    const seen = new Set([r.uri]);
    const queue = [...r.parents];
    while (queue.length) {
      const uri = queue.shift()!;
      const p = byUri.get(uri);
      if (!p || seen.has(uri)) continue;
      seen.add(uri);
      out.push(p);
      queue.push(...p.parents);
    }
    return out;
  };
  return records.map((r) => {
    const line = [r, ...ancestors(r)];
    const nearest = <T>(pick: (x: OsinfoRecord) => T | null): T | null => line.map(pick).find((v) => v !== null) ?? null;
    const family = osFamily(r.family);
    // Both figures from one OS: Windows 10's own minimum is above the recommendation Windows 7 gave.
    const sized = line.find((x) => x.minimum || x.recommended);
    const defaults = defaultsFrom({
      family,
      devices: new Set(line.flatMap((x) => x.devices)),
      minimum: sized?.minimum ?? null,
      recommended: sized?.recommended ?? null,
      firmware: nearest((x) => (x.firmware.length ? x.firmware : null)) ?? [],
    });
    return {
      id: r.shortIds[0]!,
      name: r.name,
      family,
      label: null,
      defaults,
      origin: 'libosinfo',
      aliases: r.shortIds.slice(1),
      variantNames: r.variantNames,
    };
  });
}
