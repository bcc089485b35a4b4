// The real test guest (Debian cloud kernel + busybox initramfs, GRUB ISO) built by
// scripts/build-test-guest.sh into .cache/test-guest. `npm test` builds it first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const GUEST_DIR = process.env.VIRTDESK_TEST_GUEST_DIR ?? path.join(repo, '.cache/test-guest');
export const GUEST_ISO = path.join(GUEST_DIR, 'guest.iso');
/** Printed by the guest's init just before it starts the shell. */
export const GUEST_MARKER = 'VIRTDESK-GUEST-READY';
export const GUEST_PROMPT = 'guest# ';

export function requireGuest(): void {
  if (!fs.existsSync(GUEST_ISO)) {
    throw new Error(`The test guest is missing (${GUEST_ISO}): run "bash scripts/build-test-guest.sh" or "npm test".`);
  }
}

/** A data folder and a short runtime folder (Unix socket paths must stay under 108 bytes). */
export function tempDirs(): { dataDir: string; runtimeDir: string; cleanup: () => void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-test-data-'));
  const runtimeDir = fs.mkdtempSync('/tmp/vdr-');
  return {
    dataDir,
    runtimeDir,
    cleanup: () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(runtimeDir, { recursive: true, force: true });
    },
  };
}
