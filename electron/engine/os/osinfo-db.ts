// libosinfo's operating system database as data: one record per <os> of the XML files osinfo-db
// installs (/usr/share/osinfo/os/<vendor>/<os>.xml). PURE: the loader (os-database.ts) reads the files.
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml.js';

/** What libosinfo says an OS needs; bytes and counts as in the database. */
export interface OsinfoResources {
  ramBytes?: number;
  storageBytes?: number;
  cpus?: number;
}

export interface OsinfoRecord {
  /** The database's URI id, e.g. http://debian.org/debian/11: what derives-from and clones point to. */
  uri: string;
  /** Short ids, the first is the canonical one ("debian11", then "debianbullseye"). */
  shortIds: string[];
  name: string;
  /** Names of its variants ("Microsoft Windows 10 Enterprise"): osinfo-detect may print one of these. */
  variantNames: string[];
  family: string | null;
  /** The OSes this one inherits devices and resources from (derives-from and clones, as libosinfo does). */
  parents: string[];
  /** For x86_64 (or all architectures). */
  minimum: OsinfoResources | null;
  recommended: OsinfoResources | null;
  /** Device ids the OS has drivers for, e.g. http://pcisig.com/pci/1af4/1041 (virtio 1.0 network). */
  devices: string[];
  /** x86_64 firmware libosinfo lists: supported: false means the OS cannot boot with that firmware. */
  firmware: Array<{ type: string; supported: boolean }>;
  /** ISO volume ids (regular expressions) of its x86_64 install media. */
  mediaVolumeIds: string[];
}

const X86 = new Set(['x86_64', 'all', undefined]);
/** Names without xml:lang are the English ones; the translations are skipped. */
const untranslated = (el: XmlElement, name: string) => childrenNamed(el, name).find((c) => c.attrs['xml:lang'] === undefined)?.text;

function resources(os: XmlElement, kind: 'minimum' | 'recommended'): OsinfoResources | null {
  // x86_64 wins over "all" when both are given.
  const blocks = childrenNamed(os, 'resources').filter((r) => X86.has(r.attrs.arch));
  blocks.sort((a, b) => Number(b.attrs.arch === 'x86_64') - Number(a.attrs.arch === 'x86_64'));
  for (const block of blocks) {
    const el = childNamed(block, kind);
    if (!el) continue;
    const num = (n: string) => {
      const v = Number(childNamed(el, n)?.text);
      return Number.isFinite(v) && v > 0 ? v : undefined;
    };
    const out: OsinfoResources = { ramBytes: num('ram'), storageBytes: num('storage'), cpus: num('n-cpus') };
    if (out.ramBytes || out.storageBytes || out.cpus) return out;
  }
  return null;
}

/** The <os> records of one database file (a file usually holds one). */
export function parseOsinfoFile(xml: string): OsinfoRecord[] {
  const root = parseXml(xml);
  return childrenNamed(root, 'os').flatMap((os): OsinfoRecord[] => {
    const uri = os.attrs.id;
    const name = untranslated(os, 'name');
    const shortIds = childrenNamed(os, 'short-id').map((s) => s.text);
    if (!uri || !name || shortIds.length === 0) return [];
    const ids = (tag: string) => childrenNamed(os, tag).flatMap((e) => (e.attrs.id ? [e.attrs.id] : []));
    const devices = childrenNamed(os, 'devices').flatMap((d) =>
      childrenNamed(d, 'device').flatMap((e) => (e.attrs.id ? [e.attrs.id] : [])),
    );
    return [
      {
        uri,
        shortIds,
        name,
        variantNames: childrenNamed(os, 'variant').flatMap((v) => untranslated(v, 'name') ?? []),
        family: childNamed(os, 'family')?.text ?? null,
        parents: [...ids('derives-from'), ...ids('clones')],
        minimum: resources(os, 'minimum'),
        recommended: resources(os, 'recommended'),
        devices,
        firmware: childrenNamed(os, 'firmware')
          .filter((f) => f.attrs.arch === 'x86_64')
          .map((f) => ({ type: f.attrs.type ?? '', supported: f.attrs.supported !== 'false' })),
        mediaVolumeIds: childrenNamed(os, 'media')
          .filter((m) => X86.has(m.attrs.arch))
          .flatMap((m) => childrenNamed(m, 'iso').flatMap((iso) => childNamed(iso, 'volume-id')?.text ?? [])),
      },
    ];
  });
}
