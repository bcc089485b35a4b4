// The ISO 9660 primary volume descriptor: an install ISO's volume label ("Debian 12.5.0 amd64 n",
// "Ubuntu 24.04 LTS amd64", "CCCOMA_X64FRE_EN-US_DV9" for Windows) is usually enough to tell the OS,
// and reading it needs no tool: it sits at a fixed place in the file.
import { openForReading } from '../policy/file-kind.js';

const SECTOR = 2048;
/** Volume descriptors start at sector 16; the primary one is type 1, magic "CD001". */
const FIRST_DESCRIPTOR = 16 * SECTOR;
const MAX_DESCRIPTORS = 16;

export interface IsoLabels {
  volumeId: string;
  systemId: string;
  publisherId: string;
  applicationId: string;
}

/** Pure: the labels from the bytes of an ISO's first sectors, or null when it is not ISO 9660. */
export function parseIsoLabels(image: Buffer): IsoLabels | null {
  for (let i = 0; i < MAX_DESCRIPTORS; i++) {
    const at = FIRST_DESCRIPTOR + i * SECTOR;
    if (image.length < at + SECTOR) return null;
    const type = image[at];
    if (image.toString('latin1', at + 1, at + 6) !== 'CD001') return null;
    if (type === 255) return null; // set terminator: no primary descriptor
    if (type !== 1) continue;
    const text = (from: number, len: number) =>
      image
        .toString('latin1', at + from, at + from + len)
        .replace(/[\0 ]+$/, '')
        .trim();
    return { systemId: text(8, 32), volumeId: text(40, 32), publisherId: text(318, 128), applicationId: text(574, 128) };
  }
  return null;
}

export async function readIsoLabels(file: string): Promise<IsoLabels | null> {
  const fh = await openForReading(file);
  try {
    const buf = Buffer.alloc(FIRST_DESCRIPTOR + MAX_DESCRIPTORS * SECTOR);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return parseIsoLabels(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}
