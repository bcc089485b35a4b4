// Which OS an install ISO holds: libosinfo's osinfo-detect when it is installed (it knows thousands
// of media), else the volume label against VirtDesk's own catalog.
import { run } from '../process/run.js';
import { findProgram } from '../host/find-program.js';
import { readIsoLabels } from './iso-label.js';
import { GENERIC_OS, OS_CATALOG, osFromLabel, type OsEntry } from './os-catalog.js';

export interface DetectedOs {
  os: OsEntry;
  /** How it was found: osinfo-detect, the volume label, or not at all (generic defaults). */
  source: 'osinfo' | 'label' | 'none';
  volumeId: string | null;
  /** osinfo's own name for it, when osinfo found something VirtDesk's catalog does not list. */
  osinfoName: string | null;
}

/** Pure: osinfo-detect's plain output -> its short id and name ("Media is an installer for OS 'Debian 12' (debian12)"). */
export function parseOsinfoDetect(stdout: string): { id: string; name: string } | null {
  const m = /for OS '([^']+)' \(([^)]+)\)/.exec(stdout);
  return m ? { name: m[1]!, id: m[2]! } : null;
}

export async function detectOs(isoPath: string): Promise<DetectedOs> {
  const labels = await readIsoLabels(isoPath).catch(() => null);
  const volumeId = labels?.volumeId ?? null;
  const osinfo = await osinfoDetect(isoPath);
  if (osinfo) {
    const known = OS_CATALOG.find((o) => o.id === osinfo.id) ?? (volumeId ? osFromLabel(volumeId) : null);
    return { os: known ?? { ...GENERIC_OS, id: osinfo.id, name: osinfo.name }, source: 'osinfo', volumeId, osinfoName: osinfo.name };
  }
  const byLabel = volumeId ? osFromLabel(volumeId) : null;
  return byLabel
    ? { os: byLabel, source: 'label', volumeId, osinfoName: null }
    : { os: GENERIC_OS, source: 'none', volumeId, osinfoName: null };
}

async function osinfoDetect(isoPath: string): Promise<{ id: string; name: string } | null> {
  const bin = findProgram('osinfo-detect');
  if (!bin) return null;
  try {
    const { stdout } = await run(bin, [isoPath], { timeoutMs: 15_000 });
    return parseOsinfoDetect(stdout);
  } catch {
    return null;
  }
}
