// Which OS an install ISO holds, the most reliable way first: libosinfo's osinfo-detect (its database
// knows the volume labels of hundreds of media), then VirtDesk's own label rules (releases newer than
// the database, memtest86+, iPXE), then the text files some media carry (.disk/info, version.info).
import { findProgram } from '../host/find-program.js';
import { run } from '../process/run.js';
import { readIsoFile } from './iso-files.js';
import { readIsoLabels } from './iso-label.js';
import { GENERIC_OS, osFromLabel, type OsEntry } from './os-catalog.js';
import { loadOsCatalog, type OsCatalog } from './os-database.js';

export interface DetectedOs {
  os: OsEntry;
  /** How it was found: osinfo-detect, the ISO's labels or files, or not at all (generic defaults). */
  source: 'osinfo' | 'label' | 'content' | 'none';
  volumeId: string | null;
  /** osinfo-detect's own words for it ("Debian 11 (x86_64)"), when it recognised the media. */
  osinfoName: string | null;
}

/**
 * PURE: what osinfo-detect printed -> the OS's name and, from libosinfo before 1.10, its short id.
 * "Media is an installer for OS 'Debian 11 (x86_64)'", "Media is live media for OS '...'".
 */
export function parseOsinfoDetect(stdout: string): { name: string; id: string | null } | null {
  const m = /for OS '([^'\n]+)'(?: \(([^)\n]+)\))?/.exec(stdout);
  return m ? { name: m[1]!, id: m[2] ?? null } : null;
}

/** PURE: an OS id and name from the text files an ISO carries (null when they say nothing we know). */
export function osFromIsoText(files: { diskInfo: string | null; versionInfo: string | null }): { id: string; name: string } | null {
  const info = files.diskInfo?.trim() ?? '';
  const debian = /^Debian GNU\/Linux (\d+)/.exec(info) ?? /^Debian version:\s*(\d+)/m.exec(files.versionInfo ?? '');
  if (debian) return { id: `debian${debian[1]}`, name: `Debian ${debian[1]}` };
  const ubuntu = /^Ubuntu(?:-Server)? (\d+\.\d+)/.exec(info);
  if (ubuntu) return { id: `ubuntu${ubuntu[1]}`, name: `Ubuntu ${ubuntu[1]}` };
  return null;
}

/** An id the catalog may not have (a release newer than every list): Linux defaults under its own name. */
const unlisted = (id: string, name: string): OsEntry => ({ ...GENERIC_OS, id, name, family: 'linux' });

/** The OS on the ISO (a file the caller has held to the policy already), with the catalog's entry for it. */
export async function detectOs(isoPath: string, catalog?: OsCatalog): Promise<DetectedOs> {
  catalog ??= await loadOsCatalog();
  const labels = await readIsoLabels(isoPath).catch(() => null);
  const volumeId = labels?.volumeId ?? null;
  const found = (os: OsEntry, source: DetectedOs['source'], osinfoName: string | null = null): DetectedOs => ({
    os,
    source,
    volumeId,
    osinfoName,
  });

  const osinfo = await osinfoDetect(isoPath);
  if (osinfo) {
    const known = catalog.find(osinfo.id) ?? catalog.byOsinfoName(osinfo.name);
    return found(known ?? { ...GENERIC_OS, id: 'generic', name: osinfo.name.replace(/\s+\([^()]*\)$/, '') }, 'osinfo', osinfo.name);
  }
  // libosinfo's entry for the same id wins: its figures are the database's, the rule only recognises.
  const byLabel = labels ? osFromLabel(labels.volumeId, labels) : null;
  if (byLabel) return found(catalog.find(byLabel.id) ?? byLabel, 'label');
  const text = async (p: string) => (await readIsoFile(isoPath, p).catch(() => null))?.toString('utf8') ?? null;
  const byText = osFromIsoText({ diskInfo: await text('/.disk/info'), versionInfo: await text('/version.info') });
  if (byText) return found(catalog.find(byText.id) ?? unlisted(byText.id, byText.name), 'content');
  return found(catalog.find('generic') ?? GENERIC_OS, 'none');
}

async function osinfoDetect(isoPath: string): Promise<{ name: string; id: string | null } | null> {
  const bin = findProgram('osinfo-detect');
  if (!bin) return null;
  try {
    const { stdout } = await run(bin, [isoPath], { timeoutMs: 15_000 });
    return parseOsinfoDetect(stdout);
  } catch {
    return null;
  }
}
