// What the engine does with its folders before it touches anything in them (VmService.init calls it
// first): private modes for everything it makes from now on, a private data folder, a runtime root
// that nobody else can rearrange, and no leftovers of an earlier run that was killed.
import type { EnginePaths } from '../paths.js';
import { ensurePrivateDataDir, ensureRuntimeRoot } from './private-dir.js';
import { removeStaleTemps } from './stale-temps.js';

export { UnsafeFolderError } from './private-dir.js';

/**
 * umask 077 for the whole engine process: every file it, qemu-img and QEMU create (sockets, logs,
 * pidfiles, disks, vm.json, saved states) is readable by this user only, whatever the caller's umask
 * was. Explicit modes (writeFileAtomic 0600, folders 0700) say the same where VirtDesk opens files
 * itself; the umask covers what child processes create. Worker threads cannot change the umask
 * (Node throws there): nothing to do then, the process that owns it decides.
 */
export function usePrivateUmask(): void {
  try {
    process.umask(0o077);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_WORKER_UNSUPPORTED_OPERATION') throw err;
  }
}

/**
 * Throws UnsafeFolderError (naming the folder, the cause and the fix) when the runtime root is not
 * safe; the engine must not start then. Returns the stale temp files and folders it removed.
 */
export async function prepareEngineFiles(paths: EnginePaths): Promise<{ removed: string[] }> {
  usePrivateUmask();
  await ensureRuntimeRoot(paths.runtimeDir);
  await ensurePrivateDataDir(paths.dataDir);
  const removed = await removeStaleTemps(paths);
  if (removed.length) {
    const some = removed.slice(0, 3).join(', ') + (removed.length > 3 ? ` and ${removed.length - 3} more` : '');
    console.error(`virtdesk: removed ${removed.length} temp file(s) an interrupted run left behind: ${some}`);
  }
  return { removed };
}
