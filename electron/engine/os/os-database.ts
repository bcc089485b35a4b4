// The OS list the wizard offers: libosinfo's database where osinfo-db is installed (hundreds of OSes,
// with their resources, drivers and firmware needs), merged with VirtDesk's own list, which fills in
// what the database lacks (releases newer than it, the test guest, memtest86+, iPXE) and is all there
// is where libosinfo is absent. Read once per engine: the database changes only with a package update.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GENERIC_OS, OS_CATALOG, type OsEntry } from './os-catalog.js';
import { osinfoEntries } from './osinfo-defaults.js';
import { parseOsinfoFile, type OsinfoRecord } from './osinfo-db.js';

export interface OsCatalog {
  /** 'libosinfo' when its database was read, else 'built-in'. */
  source: 'libosinfo' | 'built-in';
  /** Every OS, generic included, in the order the wizard lists them. */
  list: OsEntry[];
  /** The entry for an id (or one of libosinfo's other short ids), or null. */
  find(id: string | null | undefined): OsEntry | null;
  /** The entry osinfo-detect means by a name it printed ("Debian 11 (x86_64)"), or null. */
  byOsinfoName(name: string): OsEntry | null;
}

/**
 * Names in a natural order that puts new releases first: text ascending, numbers descending, a number
 * before text ("Debian 12", "Debian 11", ..., "Debian 2.0", "Debian Testing").
 */
export function compareOsNames(a: string, b: string): number {
  const tokens = (s: string) => s.toLowerCase().match(/\d+|\D+/g) ?? [];
  const ta = tokens(a);
  const tb = tokens(b);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i]!;
    const y = tb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) return Number(y) - Number(x);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return ta.length - tb.length;
}

/** PURE: libosinfo's entries (maybe none) and the built-in list, merged, ordered and indexed. */
export function buildCatalog(fromOsinfo: OsEntry[], builtIn: OsEntry[] = OS_CATALOG): OsCatalog {
  const byId = new Map<string, OsEntry>();
  for (const e of fromOsinfo) for (const id of [e.id, ...(e.aliases ?? [])]) if (!byId.has(id)) byId.set(id, e);
  const extra = builtIn.filter((b) => !byId.has(b.id)).map((b) => ({ ...b, origin: 'built-in' as const }));
  for (const e of extra) byId.set(e.id, e);
  const generic = { ...GENERIC_OS, origin: 'built-in' as const };
  byId.set(generic.id, generic);
  const list = [...fromOsinfo, ...extra, generic].sort((a, b) => compareOsNames(a.name, b.name) || (a.id < b.id ? -1 : 1));
  // osinfo-detect prints the variant's name when the media names one, with the architecture after it.
  const byName = new Map<string, OsEntry>();
  for (const e of fromOsinfo) if (!byName.has(e.name)) byName.set(e.name, e);
  for (const e of fromOsinfo) for (const v of e.variantNames ?? []) if (!byName.has(v)) byName.set(v, e);
  return {
    source: fromOsinfo.length ? 'libosinfo' : 'built-in',
    list,
    find: (id) => (id ? (byId.get(id) ?? null) : null),
    byOsinfoName: (name) => byName.get(name) ?? byName.get(name.replace(/\s+\([^()]*\)$/, '')) ?? null,
  };
}

/** Where libosinfo looks, in its order: later folders override earlier ones (same environment variables). */
export function osinfoDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  return [
    env.OSINFO_SYSTEM_DIR || '/usr/share/osinfo',
    env.OSINFO_LOCAL_DIR || '/etc/osinfo',
    env.OSINFO_USER_DIR || path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'osinfo'),
  ];
}

/**
 * PURE: two records of one OS joined, as libosinfo joins them: a file in "<os>.d/" (drivers, say) or in
 * a later folder adds to the OS rather than replacing it. The first record's scalar values win.
 */
export function mergeRecords(a: OsinfoRecord, b: OsinfoRecord): OsinfoRecord {
  const union = <T>(x: T[], y: T[]) => [...new Set([...x, ...y])];
  return {
    ...a,
    shortIds: union(a.shortIds, b.shortIds),
    variantNames: union(a.variantNames, b.variantNames),
    family: a.family ?? b.family,
    parents: union(a.parents, b.parents),
    minimum: a.minimum ?? b.minimum,
    recommended: a.recommended ?? b.recommended,
    devices: union(a.devices, b.devices),
    firmware: [...a.firmware, ...b.firmware.filter((f) => !a.firmware.some((g) => g.type === f.type))],
    mediaVolumeIds: union(a.mediaVolumeIds, b.mediaVolumeIds),
  };
}

/** Every <os> record under the folders' os/ subfolders, the parts of one OS joined. */
export async function readOsinfoDb(dirs: string[]): Promise<OsinfoRecord[]> {
  const byUri = new Map<string, OsinfoRecord>();
  for (const dir of dirs) {
    // Sorted, so "win-7.xml" comes before "win-7.d/...": the OS's own file sets its name and figures.
    const files = (await xmlFiles(path.join(dir, 'os'))).sort((x, y) => (x.replace(/\.xml$/, '') < y.replace(/\.xml$/, '') ? -1 : 1));
    const texts = await Promise.all(files.map((f) => fs.readFile(f, 'utf8')));
    texts.forEach((xml, i) => {
      try {
        for (const r of parseOsinfoFile(xml)) {
          const known = byUri.get(r.uri);
          byUri.set(r.uri, known ? mergeRecords(known, r) : r);
        }
      } catch (err) {
        // One broken file must not cost the whole list; libosinfo skips it the same way.
        console.error(`virtdesk: skipped ${files[i]}: ${(err as Error).message}`);
      }
    });
  }
  return [...byUri.values()];
}

async function xmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith('.xml')).map((e) => path.join(e.parentPath, e.name));
}

let loaded: { key: string; catalog: Promise<OsCatalog> } | null = null;

/** The catalog, read once per set of folders (the first call reads about 800 files, in a few hundred ms). */
export function loadOsCatalog(dirs: string[] = osinfoDirs()): Promise<OsCatalog> {
  const key = dirs.join('\n');
  if (loaded?.key !== key) {
    const catalog = readOsinfoDb(dirs).then((records) => buildCatalog(osinfoEntries(records)));
    loaded = { key, catalog };
    catalog.catch(() => loaded?.catalog === catalog && (loaded = null));
  }
  return loaded.catalog;
}
