// Small files inside an ISO 9660 image, read without mounting it: many install media say what they are
// in a text file (Debian and Ubuntu in .disk/info, Debian's netboot installer in version.info) even when
// their volume label is a generic "ISOIMAGE". Names come from Rock Ridge (NM) where present, since plain
// ISO 9660 names are cut to 8.3 ("VERSION.INF;1"). The directory parser is PURE; readIsoFile reads.
import { openForReading } from '../policy/file-kind.js';

const SECTOR = 2048;
const PVD_AT = 16 * SECTOR;
/** A file or folder larger than this is not what we look for; also bounds what a hostile image makes us read. */
const MAX_READ = 64 * 1024;

export interface IsoDirEntry {
  name: string;
  lba: number;
  size: number;
  dir: boolean;
}

/** The root directory's extent from the primary volume descriptor, or null when it is not ISO 9660. */
export function rootExtent(pvd: Buffer): { lba: number; size: number; blockSize: number } | null {
  if (pvd.length < SECTOR || pvd[0] !== 1 || pvd.toString('latin1', 1, 6) !== 'CD001') return null;
  const blockSize = pvd.readUInt16LE(128);
  const root = pvd.subarray(156, 156 + 34);
  return { lba: root.readUInt32LE(2), size: root.readUInt32LE(10), blockSize: blockSize || SECTOR };
}

/** A Rock Ridge name from a record's System Use area (NM entries, joined when continued), or null. */
function rockRidgeName(su: Buffer): string | null {
  let name: string | null = null;
  for (let i = 0; i + 4 <= su.length;) {
    const len = su[i + 2]!;
    if (len < 4 || i + len > su.length) break;
    const sig = su.toString('latin1', i, i + 2);
    if (sig === 'NM' && len >= 5) {
      const flags = su[i + 4]!;
      if (!(flags & 0x06)) name = (name ?? '') + su.toString('utf8', i + 5, i + len); // 2, 4: "." and ".."
    }
    if (sig === 'ST') break;
    i += len;
  }
  return name;
}

/** PURE: the entries of a directory's extent ("." and ".." left out). */
export function parseDirectory(extent: Buffer): IsoDirEntry[] {
  const out: IsoDirEntry[] = [];
  for (let i = 0; i < extent.length;) {
    const len = extent[i]!;
    if (len === 0) {
      i = (Math.floor(i / SECTOR) + 1) * SECTOR; // records never cross a sector: the rest is padding
      continue;
    }
    if (len < 34 || i + len > extent.length) break;
    const rec = extent.subarray(i, i + len);
    const nameLen = rec[32]!;
    const raw = rec.subarray(33, 33 + nameLen);
    if (!(nameLen === 1 && raw[0]! <= 1)) {
      const su = rec.subarray(33 + nameLen + (nameLen % 2 === 0 ? 1 : 0));
      const plain = raw.toString('latin1').replace(/;\d+$/, '').replace(/\.$/, '');
      out.push({ name: rockRidgeName(su) ?? plain, lba: rec.readUInt32LE(2), size: rec.readUInt32LE(10), dir: (rec[25]! & 2) !== 0 });
    }
    i += len;
  }
  return out;
}

/** The content of a small file at `filePath` ("/.disk/info") inside the image, or null. */
export async function readIsoFile(image: string, filePath: string): Promise<Buffer | null> {
  const fh = await openForReading(image);
  try {
    const read = async (at: number, size: number) => {
      const buf = Buffer.alloc(Math.min(size, MAX_READ));
      const { bytesRead } = await fh.read(buf, 0, buf.length, at);
      return buf.subarray(0, bytesRead);
    };
    const root = rootExtent(await read(PVD_AT, SECTOR));
    if (!root) return null;
    let here: IsoDirEntry = { name: '', lba: root.lba, size: root.size, dir: true };
    for (const part of filePath.split('/').filter(Boolean)) {
      if (!here.dir) return null;
      const entries = parseDirectory(await read(here.lba * root.blockSize, here.size));
      const next = entries.find((e) => e.name === part) ?? entries.find((e) => e.name.toLowerCase() === part.toLowerCase());
      if (!next) return null;
      here = next;
    }
    return here.dir || here.size > MAX_READ ? null : read(here.lba * root.blockSize, here.size);
  } finally {
    await fh.close();
  }
}
