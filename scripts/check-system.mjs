#!/usr/bin/env node
// `npm test` needs real QEMU, Chromium and the tools that build the test guest. If any is missing,
// say so in one line with the Debian packages that bring them, instead of failing somewhere deep.
import fs from 'node:fs';
import path from 'node:path';

const needs = [
  ['qemu-system-x86_64', 'qemu-system-x86'],
  ['qemu-img', 'qemu-utils'],
  [process.env.CHROMIUM_PATH || 'chromium', 'chromium'],
  ['cpio', 'cpio'],
  ['grub-mkrescue', 'grub-common'],
  ['xorriso', 'xorriso'],
  ['mformat', 'mtools'],
];

const onPath = (cmd) =>
  cmd.includes('/')
    ? fs.existsSync(cmd)
    : (process.env.PATH ?? '').split(':').some((d) => d && fs.existsSync(path.join(d, cmd)));

const missing = needs.filter(([cmd]) => !onPath(cmd)).map(([, pkg]) => pkg);
// grub-mkrescue needs the BIOS flavour of GRUB to make a bootable ISO.
if (!fs.existsSync('/usr/lib/grub/i386-pc')) missing.push('grub-pc-bin');

if (missing.length) {
  console.error(`npm test: missing system packages - install them with: sudo apt-get install -y ${[...new Set(missing)].join(' ')}`);
  process.exit(2);
}
