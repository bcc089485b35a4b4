// The real test guest (Debian cloud kernel + busybox initramfs, GRUB ISO) built by
// scripts/build-test-guest.sh into .cache/test-guest. `npm test` builds it first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreateVmInput } from '../../../shared/api.js';
import { keeperFiles } from '../console/keeper/keeper-protocol.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const GUEST_DIR = process.env.VIRTDESK_TEST_GUEST_DIR ?? path.join(repo, '.cache/test-guest');
export const GUEST_ISO = path.join(GUEST_DIR, 'guest.iso');
export const GUEST_KERNEL = path.join(GUEST_DIR, 'vmlinuz');
export const GUEST_INITRD = path.join(GUEST_DIR, 'initrd.img');
/** Printed by the guest's init just before it starts the shell. */
export const GUEST_MARKER = 'VIRTDESK-GUEST-READY';
export const GUEST_PROMPT = 'guest# ';

/** Every file of the test guest is there (the ISO, and the kernel and initrd for direct kernel boot). */
export function requireGuest(): void {
  for (const f of [GUEST_ISO, GUEST_KERNEL, GUEST_INITRD]) {
    if (!fs.existsSync(f)) throw new Error(`The test guest is missing (${f}): run "bash scripts/build-test-guest.sh" or "npm test".`);
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
      stopKeeper(runtimeDir);
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(runtimeDir, { recursive: true, force: true });
    },
  };
}

/**
 * End the console log keeper serving a test's runtime folder, if one was started. It outlives engines by
 * design (and then leaves after 30 s with nothing to keep); a test's keeper should not outlive the test.
 */
function stopKeeper(runtimeDir: string): void {
  try {
    const pid = Number(fs.readFileSync(keeperFiles(runtimeDir).pidfile, 'utf8'));
    // A keeper killed with -9 leaves its pid file: make sure the pid is still that keeper.
    if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(runtimeDir)) process.kill(pid, 'SIGKILL');
  } catch {
    // none was started, or it is gone
  }
}

/**
 * The test guest by direct kernel boot under TCG (no boot loader: the fastest way to its shell). One
 * builder for the integration tests and the e2e specs (e2e/support/vms.ts).
 */
export const kernelVm = (name: string, patch: Partial<CreateVmInput> = {}): CreateVmInput => ({
  name,
  memoryMiB: 256,
  cpus: 1,
  accel: 'tcg',
  display: 'none',
  network: { mode: 'user' },
  storage: { kind: 'none' },
  source: { kind: 'kernel', kernel: GUEST_KERNEL, initrd: GUEST_INITRD, append: 'console=ttyS0' },
  ...patch,
});
