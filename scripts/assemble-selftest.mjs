#!/usr/bin/env node
// Re-assemble the KVM self-test boot sector (needs nasm) and write its bytes into boot-sector.ts.
// Users' machines never need nasm: the bytes ship in the source.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../electron/engine/host/kvm-selftest');
export function assemble() {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vd-asm-')), 'selftest.bin');
  execFileSync('nasm', ['-f', 'bin', '-o', out, path.join(dir, 'selftest.asm')]);
  return fs.readFileSync(out);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const b64 = assemble().toString('base64');
  const file = path.join(dir, 'boot-sector.ts');
  const src = fs.readFileSync(file, 'utf8');
  const next = src.replace(/(const SECTOR_BASE64 =\n)[^;]*;/, `$1  '${b64.match(/.{1,96}/g).join("' +\n  '")}';`);
  fs.writeFileSync(file, next);
  console.log(next === src ? 'boot-sector.ts: unchanged' : 'boot-sector.ts: updated');
}
