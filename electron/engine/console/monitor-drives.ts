// The running VM's drives by the names QEMU's monitor takes. The names depend on the machine type and
// the bus (ide1-cd0 on pc's legacy IDE, cd0 on q35's AHCI, see argv/storage-placement.ts), so the
// Monitor's hints ask QEMU (query-block) rather than guess.
import type { MonitorDrive } from '../../../shared/schemas/power-methods.js';
import type { QmpClient } from '../qmp/qmp-client.js';

/** One entry of QMP query-block, the fields used here. */
export interface QueryBlockEntry {
  device: string;
  /** The qdev id or path of the device it is plugged into, e.g. "cdrom0" or "/machine/peripheral/cdrom0". */
  qdev?: string;
  removable?: boolean;
  inserted?: { file?: string };
}

/** Pure: query-block's answer as the hints need it; drives without a name (pure block nodes) are left out. */
export function monitorDrivesFrom(block: readonly QueryBlockEntry[]): MonitorDrive[] {
  return block
    .filter((b) => b.device)
    .map((b) => ({
      device: b.device,
      // VirtDesk's CD-ROM devices are cdrom<n> and its disks' drives disk<n>; firmware (pflash) is neither.
      kind: /(^|\/)cdrom\d+$/.test(b.qdev ?? '') ? 'cdrom' : /^disk\d+$/.test(b.device) ? 'disk' : 'other',
      file: b.inserted?.file ?? null,
    }));
}

export async function readMonitorDrives(qmp: QmpClient): Promise<MonitorDrive[]> {
  return monitorDrivesFrom(await qmp.execute<QueryBlockEntry[]>('query-block'));
}
