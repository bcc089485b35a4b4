import type { QmpClient } from './qmp-client.js';

/**
 * Swap or eject the medium of CD-ROM drive n while the VM runs. The drives have stable qdev ids
 * (cdrom<n>, see argv/storage-placement.ts); force: the guest may have locked the tray.
 */
export async function changeMedium(qmp: QmpClient, n: number, file: string | null): Promise<void> {
  if (file === null) {
    await qmp.execute('eject', { id: `cdrom${n}`, force: true });
  } else {
    await qmp.execute('blockdev-change-medium', { id: `cdrom${n}`, filename: file, format: 'raw' });
  }
}
