#!/usr/bin/env node
// `npm test` needs real QEMU, UEFI firmware, Chromium and the tools that build the test guest. If any
// is missing, say so at once in one line, with the Debian packages that bring them, instead of
// failing somewhere deep inside a test.
//
// This list is also what CI installs: `.ci/run` runs `node scripts/check-system.mjs --packages`, so a
// package a test needs is added here once and both places follow.
import fs from 'node:fs';
import path from 'node:path';

const onPath = (cmd) =>
  cmd.includes('/') ? fs.existsSync(cmd) : (process.env.PATH ?? '').split(':').some((d) => d && fs.existsSync(path.join(d, cmd)));

/** Each Debian package, the things of it the tests use, and how to tell it is installed. */
const PACKAGES = [
  { pkg: 'qemu-system-x86', needs: ['qemu-system-x86_64'] },
  { pkg: 'qemu-utils', needs: ['qemu-img', 'qemu-io'] },
  // UEFI firmware: the `uefi` golden command line runs in real QEMU (argv-in-qemu.int.test.ts).
  { pkg: 'ovmf', needs: ['/usr/share/OVMF/OVMF_CODE_4M.fd', '/usr/share/OVMF/OVMF_VARS_4M.fd'] },
  // Playwright drives Debian's Chromium (playwright.config.ts), never a downloaded browser.
  { pkg: 'chromium', needs: [process.env.CHROMIUM_PATH || 'chromium'] },
  // The test guest (scripts/build-test-guest.sh) and the ISOs tests make.
  { pkg: 'cpio', needs: ['cpio'] },
  { pkg: 'grub-common', needs: ['grub-mkrescue'] },
  // grub-mkrescue needs the BIOS flavour of GRUB to make a bootable ISO.
  { pkg: 'grub-pc-bin', needs: ['/usr/lib/grub/i386-pc'] },
  { pkg: 'xorriso', needs: ['xorriso'] },
  { pkg: 'mtools', needs: ['mformat'] },
  // The KVM self-test's bytes are checked against selftest.asm (boot-sector.test.ts).
  { pkg: 'nasm', needs: ['nasm'] },
  // OS detection runs the real osinfo-detect on the test ISO (wizard.int.test.ts) where it is installed.
  { pkg: 'libosinfo-bin', needs: ['osinfo-detect'] },
  // Real install media as users download them: the chooser, the library and OS detection are tested
  // on them (media.spec.ts, wizard-checks.int.test.ts).
  { pkg: 'ipxe', needs: ['/usr/lib/ipxe/ipxe.iso'] },
  { pkg: 'memtest86+', needs: ['/usr/lib/memtest86+/memtest86+x64.iso'] },
  { pkg: 'debian-installer-12-netboot-amd64', needs: ['/usr/lib/debian-installer/images/12/amd64/text/version.info'] },
];

if (process.argv.includes('--packages')) {
  console.log(PACKAGES.map((p) => p.pkg).join('\n'));
  process.exit(0);
}

const missing = PACKAGES.map((p) => ({ ...p, absent: p.needs.filter((n) => !onPath(n)) })).filter((p) => p.absent.length);
if (missing.length) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  const what = missing.map((p) => `${p.pkg} (no ${p.absent.join(', no ')})`).join(', ');
  console.error(
    `npm test: missing system packages: ${what}. Install them with: ${sudo}apt-get install -y ${missing.map((p) => p.pkg).join(' ')}`,
  );
  process.exit(2);
}
