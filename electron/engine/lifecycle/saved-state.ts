// Save a running guest's memory and devices to a file, and restore it: QEMU's migration stream over a
// unix socket that VirtDesk holds. QEMU 7.2 has no file: migration target (8.2 added one), and an
// "exec:" target would run a shell command; this way QEMU only ever sees a socket path.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import { pipeline } from 'node:stream/promises';
import { ApiError } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import { QmpError, type QmpClient } from '../qmp/qmp-client.js';

/** The saved state, beside the VM's disks (it is as large as the guest's memory in use). */
export const SAVED_STATE_FILE = 'saved-state.vmstate';

interface MigrateInfo {
  status?: string;
  'error-desc'?: string;
  ram?: { transferred: number; total: number; remaining: number };
}

const POLL_MS = 100;

/**
 * Save: pause the guest, stream its state into `file` (written as file.partial, renamed when
 * complete), and leave QEMU paused for the caller to quit. Cancelled (signal) or failed: nothing is
 * left behind and the guest runs again if it ran before.
 */
export async function saveState(
  qmp: QmpClient,
  opts: { file: string; socket: string; signal: AbortSignal; onProgress: (percent: number) => void },
): Promise<void> {
  const partial = `${opts.file}.partial`;
  await fsp.rm(opts.socket, { force: true });
  let received: Promise<void> = Promise.resolve();
  const server = net.createServer((sock) => {
    server.close(); // one stream, one connection
    received = pipeline(sock, fs.createWriteStream(partial, { mode: 0o600 }));
  });
  await new Promise<void>((resolve, reject) => server.listen(opts.socket, resolve).once('error', reject));
  const status = await qmp.execute<{ running: boolean }>('query-status');
  try {
    // Paused first: the state is then written once, not chased while the guest keeps changing it.
    if (status.running) await qmp.execute('stop');
    // 7.2 throttles migration to 128 MiB/s by default: a local file can take it faster.
    await qmp.execute('migrate-set-parameters', { 'max-bandwidth': 8 * 1024 ** 3 });
    // QEMU refuses at once when a device cannot be saved (9p while the guest has it mounted): its words.
    await qmp.execute('migrate', { uri: `unix:${opts.socket}` }).catch((err: unknown) => {
      throw err instanceof QmpError
        ? new ApiError('qemu', says('engine:power.saveFailed', { cause: err.message.replace(/^migrate: /, '') }))
        : err;
    });
    await waitForMigration(qmp, opts.signal, opts.onProgress);
    await received;
    const fh = await fsp.open(partial, 'r+');
    await fh.sync().finally(() => fh.close());
    await fsp.rename(partial, opts.file);
  } catch (err) {
    if (opts.signal.aborted) await qmp.execute('migrate_cancel').catch(() => {});
    await received.catch(() => {});
    await fsp.rm(partial, { force: true });
    if (status.running) await qmp.execute('cont').catch(() => {});
    throw err;
  } finally {
    server.close();
    await fsp.rm(opts.socket, { force: true });
  }
}

/** Restore into a QEMU started with -incoming defer (and -S): feed it the file; it stays paused. */
export async function restoreState(
  qmp: QmpClient,
  opts: { file: string; socket: string; onProgress: (percent: number) => void },
): Promise<void> {
  await fsp.rm(opts.socket, { force: true });
  await qmp.execute('migrate-incoming', { uri: `unix:${opts.socket}` });
  const sock = net.createConnection(opts.socket);
  await new Promise<void>((resolve, reject) => sock.once('connect', resolve).once('error', reject));
  // QEMU closes the socket as soon as it has read the whole stream, so the copy may end with "premature
  // close": only QEMU's own verdict (query-migrate) says whether the restore worked.
  const sent = pipeline(fs.createReadStream(opts.file), sock).catch(() => {});
  const { size } = await fsp.stat(opts.file);
  try {
    await waitForMigration(qmp, new AbortController().signal, opts.onProgress, () => sock.bytesWritten / size);
  } finally {
    sock.destroy();
    await sent;
  }
}

/** Polls query-migrate until completed; progress from QEMU's RAM counters (or the given reader). */
async function waitForMigration(qmp: QmpClient, signal: AbortSignal, onProgress: (p: number) => void, fraction?: () => number) {
  for (;;) {
    if (signal.aborted) throw new ApiError('conflict', says('engine:power.saveCancelled'));
    const info = await qmp.execute<MigrateInfo>('query-migrate');
    if (info.status === 'completed') break;
    if (info.status === 'failed' || info.status === 'cancelled') {
      const cause = info['error-desc'] ?? info.status; // QEMU's own words
      throw new ApiError('qemu', says(fraction ? 'engine:power.restoreStateFailed' : 'engine:power.saveFailed', { cause }));
    }
    const f = fraction ? fraction() : info.ram && info.ram.total > 0 ? info.ram.transferred / info.ram.total : 0;
    onProgress(Math.min(99, f * 100));
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  onProgress(100);
}
