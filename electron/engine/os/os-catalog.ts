// The operating systems VirtDesk recognises from an install ISO's volume label, and the defaults each
// one wants. Virtio devices need drivers in the guest: Linux and the BSDs have them, Windows installers
// do not, so Windows gets a SATA disk and an e1000 NIC it can install onto without a driver disk.

export interface OsDefaults {
  memoryMiB: number;
  cpus: number;
  diskGiB: number;
  firmware: 'bios' | 'uefi';
  diskBus: 'virtio' | 'sata' | 'ide';
  nicModel: 'virtio-net-pci' | 'e1000' | 'rtl8139';
  machine: 'pc' | 'q35';
}

export interface OsEntry {
  /** libosinfo's short id where one exists (debian12, win11 ...), so osinfo results map onto these. */
  id: string;
  name: string;
  family: 'linux' | 'bsd' | 'windows' | 'other';
  /** Matched against the ISO's volume label. */
  label: RegExp | null;
  /** Matched against the ISO's publisher and application labels (media whose volume label says nothing). */
  publisher?: RegExp;
  defaults: OsDefaults;
  /** Where the entry comes from: libosinfo's database, or VirtDesk's own list below. */
  origin?: 'libosinfo' | 'built-in';
  /** libosinfo's other short ids for it ("debianbullseye" for debian11). */
  aliases?: string[];
  /** libosinfo's names of its variants: osinfo-detect may print one of these instead of the OS's name. */
  variantNames?: string[];
}

const linux = (memoryMiB: number, diskGiB: number): OsDefaults => ({
  memoryMiB,
  cpus: 2,
  diskGiB,
  firmware: 'bios',
  diskBus: 'virtio',
  nicModel: 'virtio-net-pci',
  machine: 'q35',
});

export const OS_CATALOG: OsEntry[] = [
  { id: 'debian12', name: 'Debian 12 (bookworm)', family: 'linux', label: /^Debian 12\b/i, defaults: linux(2048, 20) },
  { id: 'debian11', name: 'Debian 11 (bullseye)', family: 'linux', label: /^Debian 11\b/i, defaults: linux(2048, 20) },
  { id: 'debiantesting', name: 'Debian (other release)', family: 'linux', label: /^Debian\b/i, defaults: linux(2048, 20) },
  { id: 'ubuntu24.04', name: 'Ubuntu 24.04 LTS', family: 'linux', label: /^Ubuntu(-Server)? 24\.04/i, defaults: linux(4096, 25) },
  { id: 'ubuntu22.04', name: 'Ubuntu 22.04 LTS', family: 'linux', label: /^Ubuntu(-Server)? 22\.04/i, defaults: linux(4096, 25) },
  { id: 'ubuntu', name: 'Ubuntu (other release)', family: 'linux', label: /^Ubuntu/i, defaults: linux(4096, 25) },
  { id: 'fedora', name: 'Fedora', family: 'linux', label: /^Fedora/i, defaults: linux(4096, 30) },
  {
    id: 'rhel9',
    name: 'Red Hat Enterprise Linux / Rocky / Alma 9',
    family: 'linux',
    label: /^(RHEL|Rocky|AlmaLinux)[-_ ]9/i,
    defaults: linux(2048, 20),
  },
  { id: 'alpinelinux3.19', name: 'Alpine Linux', family: 'linux', label: /^alpine/i, defaults: linux(512, 8) },
  { id: 'archlinux', name: 'Arch Linux', family: 'linux', label: /^ARCH_\d+/i, defaults: linux(2048, 20) },
  { id: 'opensuse-tumbleweed', name: 'openSUSE', family: 'linux', label: /^openSUSE/i, defaults: linux(2048, 25) },
  {
    id: 'freebsd14.0',
    name: 'FreeBSD',
    family: 'bsd',
    label: /^\d+_\d+_RELEASE_AMD64|^FreeBSD/i,
    defaults: { ...linux(2048, 20), machine: 'q35' },
  },
  {
    id: 'win11',
    name: 'Microsoft Windows 11',
    family: 'windows',
    label: /^(CCCOMA|CCSA|CPBA|CENA|J_CCSA)_X64FRE.*(?:DV9|23|24)/i,
    defaults: { memoryMiB: 4096, cpus: 2, diskGiB: 64, firmware: 'uefi', diskBus: 'sata', nicModel: 'e1000', machine: 'q35' },
  },
  {
    id: 'win10',
    name: 'Microsoft Windows 10',
    family: 'windows',
    label: /^(CCCOMA|CCSA|CPBA|CENA|J_CCSA|ESD-ISO)_X64FRE/i,
    defaults: { memoryMiB: 4096, cpus: 2, diskGiB: 64, firmware: 'bios', diskBus: 'sata', nicModel: 'e1000', machine: 'q35' },
  },
  {
    // The test guest this project builds (a Debian kernel with virtio modules): also a fine example of
    // a small Linux that wants little.
    id: 'virtdesk-test',
    name: 'VirtDesk test guest (Linux)',
    family: 'linux',
    label: /^VIRTDESK_TEST/i,
    defaults: { ...linux(256, 1), cpus: 1, machine: 'pc' },
  },
  // Bootable media that are no operating system (libosinfo does not list them), from Debian's packages
  // memtest86+ and ipxe. Neither needs a disk of its own: a small one costs nothing until written.
  {
    id: 'memtest86plus',
    name: 'Memtest86+ (memory test)',
    family: 'other',
    label: /^MT86PLUS/i,
    defaults: { ...linux(512, 1), cpus: 1 },
  },
  {
    id: 'ipxe',
    name: 'iPXE (network boot)',
    family: 'other',
    label: null,
    publisher: /ipxe\.org|^iPXE\b/i,
    defaults: { ...linux(1024, 20), cpus: 1 },
  },
];

/** When nothing matches: a modern generic OS (virtio drivers are in every current Linux and BSD). */
export const GENERIC_OS: OsEntry = {
  id: 'generic',
  name: 'Generic / unknown OS',
  family: 'other',
  label: null,
  defaults: linux(2048, 20),
};

export function osById(id: string | null): OsEntry {
  return OS_CATALOG.find((o) => o.id === id) ?? GENERIC_OS;
}

/** Pure: the catalog entry for an ISO's labels (the volume label first, then publisher and application), or null. */
export function osFromLabel(volumeId: string, more: { publisherId?: string; applicationId?: string } = {}): OsEntry | null {
  const byVolume = OS_CATALOG.find((o) => o.label?.test(volumeId.trim()));
  if (byVolume) return byVolume;
  const others = [more.publisherId, more.applicationId].filter((x): x is string => !!x);
  return OS_CATALOG.find((o) => o.publisher && others.some((l) => o.publisher!.test(l.trim()))) ?? null;
}

/** The catalog entry as the API shows it (without the label rule). */
export function osInfo(o: OsEntry) {
  return { id: o.id, name: o.name, family: o.family, defaults: o.defaults };
}
