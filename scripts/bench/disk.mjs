// Disk creation: a 100 GiB qcow2 added to a VM through the API (addDisk) against bare
// `qemu-img create -f qcow2 FILE 100G`; time, and the space each file takes (sparse: near nothing).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { kernelVm } from './lib/guest.mjs';
import { ratio, summarize } from './lib/stats.mjs';

const run = promisify(execFile);

export async function diskCreate(server, { runs, sizeGiB = 100 }) {
  const { api } = server;
  const ms = { virtdesk: [], bare: [] };
  const kib = { virtdesk: [], bare: [] };
  const bareDir = fs.mkdtempSync(path.join(server.paths.dataDir, 'bare-'));
  for (let i = 0; i < runs; i++) {
    const vm = await api('create', kernelVm(`disk ${i}`));
    let t = performance.now();
    const { vm: after } = await api('addDisk', { id: vm.id, sizeGiB, format: 'qcow2', bus: 'virtio' });
    ms.virtdesk.push(performance.now() - t);
    const disk = after.config.disks.at(-1).file;
    kib.virtdesk.push(usedKiB(path.join(server.paths.dataDir, 'vms', vm.id, disk)));

    const file = path.join(bareDir, `disk${i}.qcow2`);
    t = performance.now();
    await run('qemu-img', ['create', '-q', '-f', 'qcow2', file, `${sizeGiB}G`]);
    ms.bare.push(performance.now() - t);
    kib.bare.push(usedKiB(file));
  }
  const virtdesk = summarize(ms.virtdesk);
  const bare = summarize(ms.bare);
  const r = ratio(virtdesk.median, bare.median);
  return {
    title: `create a ${sizeGiB} GiB qcow2 (ms)`,
    rows: { 'VirtDesk: API addDisk': virtdesk, 'bare qemu-img create': bare },
    ratio: r,
    usedKiB: { virtdesk: summarize(kib.virtdesk, 0), bare: summarize(kib.bare, 0) },
    notes: [`space used on disk (KiB, max): VirtDesk ${Math.max(...kib.virtdesk)}, bare ${Math.max(...kib.bare)}`],
    goal: 'time: ratio reported; the file sparse (< 1 MiB used)',
    met: Math.max(...kib.virtdesk) < 1024,
  };
}

/** Space the file really takes on disk. */
const usedKiB = (file) => (fs.statSync(file).blocks * 512) / 1024;
