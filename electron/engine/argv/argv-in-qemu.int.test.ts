// Golden files prove the command line does not change by accident; this proves real QEMU accepts
// each of them: every golden case, with its paths pointed at real files, starts (paused) and answers.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VmConfig } from '../../../shared/model/index.js';
import { QmpClient } from '../qmp/qmp-client.js';
import { createImage } from '../img/qemu-img.js';
import { buildQemuArgs, QEMU_SYSTEM } from './build-args.js';
import { uefiFirmware } from '../create/check-input.js';
import { findFirmware } from '../host/firmware.js';
import { cases, ISO } from '../test-support/argv-cases.js';
import { withFreeHostPorts } from '../test-support/free-port.js';
import { GUEST_DIR, GUEST_ISO, requireGuest } from '../test-support/guest.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-argv-'));
const runDir = fs.mkdtempSync('/tmp/vda-');
let uefiCode: string | null = null;

beforeAll(async () => {
  requireGuest();
  for (const f of ['disk0.qcow2', 'disk,0.qcow2', 'disk1.qcow2', 'disk2.qcow2', 'd0.qcow2', 'd1.qcow2', 'd2.qcow2', 'd3.qcow2']) {
    await createImage('qemu-img', path.join(tmp, f), 'qcow2', 64 * 1024 * 1024);
  }
  await createImage('qemu-img', path.join(tmp, 'data.raw'), 'raw', 16 * 1024 * 1024);
  const fw = await findFirmware();
  uefiCode = uefiFirmware({ firmware: fw } as never)?.code ?? null;
  if (uefiCode) fs.copyFileSync(uefiFirmware({ firmware: fw } as never)!.varsTemplate, path.join(tmp, 'OVMF_VARS.fd'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(runDir, { recursive: true, force: true });
});

/** The case's config with every file it names replaced by a real one. */
function realFiles(c: VmConfig): VmConfig {
  const real = (p: string) =>
    p === ISO || p.endsWith('.iso')
      ? GUEST_ISO
      : p.endsWith('data.raw')
        ? path.join(tmp, 'data.raw')
        : p === '/boot/vmlinuz' || p === '/k'
          ? path.join(GUEST_DIR, 'vmlinuz')
          : p === '/boot/initrd.img'
            ? path.join(GUEST_DIR, 'initrd.img')
            : path.join(tmp, path.basename(p));
  return {
    ...c,
    disks: c.disks.map((d) => ({ ...d, file: path.isAbsolute(d.file) ? real(d.file) : d.file })),
    cdroms: c.cdroms.map((cd) => ({ ...cd, file: cd.file && real(cd.file) })),
    // The shares' folders must exist (QEMU opens a 9p folder at start).
    sharedFolders: c.sharedFolders.map((s) => ({ ...s, hostPath: tmp })),
    kernel: c.kernel && { ...c.kernel, kernel: real(c.kernel.kernel), initrd: c.kernel.initrd && real(c.kernel.initrd) },
    // -cpu max / host under KVM and KVM itself are host matters, not argv syntax: check them under TCG.
    accel: 'tcg',
    cpuModel: c.cpuModel?.startsWith('host') ? 'max' : c.cpuModel,
  };
}

const connects = (where: number | string) =>
  new Promise<boolean>((resolve) => {
    const sock = typeof where === 'number' ? net.connect(where, '127.0.0.1') : net.connect(where);
    sock.once('connect', () => (sock.destroy(), resolve(true)));
    sock.once('error', () => resolve(false));
  });

describe('real QEMU accepts every golden command line', () => {
  for (const c of cases) {
    it(c.name, async (ctx) => {
      if (c.config.nics.some((n) => n.network.mode === 'bridge')) {
        console.log(`SKIPPED ${c.name} in QEMU: it needs a host bridge and qemu-bridge-helper (checked by net/bridge-check instead)`);
        return ctx.skip();
      }
      if (c.options?.forHuman) {
        console.log(`SKIPPED ${c.name} in QEMU: -serial mon:stdio needs a terminal; its argv is checked by its golden file`);
        return ctx.skip();
      }
      const dir = fs.mkdtempSync(path.join(runDir, 'r'));
      const runFiles = { dir, qmp: `${dir}/qmp.sock`, monitor: `${dir}/mon.sock`, vnc: `${dir}/vnc.sock`, pidfile: `${dir}/qemu.pid` };
      // The golden file's host ports (2222, 5353) may be in use here: real QEMU gets free ones.
      const config = await withFreeHostPorts(realFiles(c.config));
      const { argv, errors } = buildQemuArgs(config, { kvmUsable: false, uefiCode }, { vmDir: tmp, run: runFiles }, { startPaused: true });
      expect(errors).toEqual([]);
      const qemu = spawn(QEMU_SYSTEM, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      qemu.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      let exited = false;
      qemu.once('exit', () => (exited = true));
      try {
        const qmp = await QmpClient.connect(runFiles.qmp, { timeoutMs: 10_000, alive: () => !exited }).catch((err: Error) => {
          throw new Error(`QEMU refused the ${c.name} command line: ${stderr.trim() || err.message}`);
        });
        expect(await qmp.execute<{ status: string }>('query-status')).toMatchObject({ status: 'prelaunch' });
        // The forwards are real: QEMU listens on each TCP host port already (the guest is not needed).
        for (const n of config.nics) {
          if (n.network.mode !== 'user') continue;
          for (const f of n.network.forwards.filter((x) => x.proto === 'tcp')) await expect(connects(f.hostPort)).resolves.toBe(true);
        }
        // The guest agent's channel listens in the runtime folder, for the engine to connect to.
        if (config.guestAgent) await expect(connects(`${dir}/qga.sock`)).resolves.toBe(true);
        await qmp.execute('quit').catch(() => {});
      } finally {
        if (!exited) qemu.kill('SIGKILL');
      }
    });
  }
});
