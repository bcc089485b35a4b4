// Runs the self-test boot sector once under one accelerator and reports what arrived on its serial
// port before the deadline.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bootSector, SELFTEST_LINES, selftestLine } from './boot-sector.js';

export interface BootSectorRun {
  accel: 'kvm' | 'tcg';
  /** How many of the lines arrived, in order. */
  lines: number;
  exitStatus: number | null;
  timedOut: boolean;
  ms: number;
  stderr: string;
}

export async function runBootSector(qemu: string, accel: 'kvm' | 'tcg', deadlineMs: number): Promise<BootSectorRun> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'virtdesk-selftest-'));
  const image = path.join(dir, 'selftest.img');
  await fs.writeFile(image, bootSector());
  const argv = [
    '-machine',
    'pc',
    '-accel',
    accel,
    '-nodefaults',
    '-no-user-config',
    '-display',
    'none',
    '-m',
    '64',
    '-drive',
    `file=${image},format=raw,if=ide`,
    '-device',
    'isa-debug-exit,iobase=0xf4,iosize=0x01',
    '-serial',
    'stdio',
  ];
  const t0 = performance.now();
  try {
    return await new Promise<BootSectorRun>((resolve) => {
      const qemuProc = spawn(qemu, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let stderr = '';
      let timedOut = false;
      qemuProc.stdout.on('data', (d: Buffer) => (out += d.toString('latin1')));
      qemuProc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => {
        timedOut = true;
        qemuProc.kill('SIGKILL');
      }, deadlineMs);
      const finish = (exitStatus: number | null) => {
        clearTimeout(timer);
        resolve({ accel, lines: countLines(out), exitStatus, timedOut, ms: Math.round(performance.now() - t0), stderr: stderr.trim() });
      };
      qemuProc.once('exit', (code) => finish(timedOut ? null : code));
      qemuProc.once('error', (err) => {
        stderr += err.message;
        finish(null);
      });
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function countLines(out: string): number {
  let n = 0;
  while (n < SELFTEST_LINES && out.includes(selftestLine(n + 1))) n++;
  return n;
}
