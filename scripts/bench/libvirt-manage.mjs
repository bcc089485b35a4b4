// What managing costs, libvirt beside VirtDesk:
// - idle: RSS (and CPU over a short window) of libvirtd + virtlogd with no domain defined, beside a
//   fresh headless server with no VM; both measured before anything else in this part.
// - list: with `vms` definitions on each side (VirtDesk: created through the API with a kernel
//   source, as scale.mjs does; libvirt: domains defined from the same config through one virsh), the
//   API's `list` over the WebSocket against `virsh list --all` as a process per call (what a script
//   pays) and `list --all` asked again and again of one long-lived virsh (what a client that keeps its
//   connection pays, as virt-manager does). Calls alternate.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alternate } from './lib/alternate.mjs';
import { kernelVm } from './lib/guest.mjs';
import { startHeadless } from './lib/headless.mjs';
import { daemonPid, domainXml, DOMAIN_PREFIX, track, untrack, virsh, virshSession } from './lib/libvirt.mjs';
import { cpuSeconds, rssMiB } from './lib/proc.mjs';
import { ratio, sleep, summarize } from './lib/stats.mjs';

export async function libvirtManage({ vms, apiRuns, idle }) {
  const server = await startHeadless();
  const session = virshSession();
  const names = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vdbench-xml-'));
  try {
    const idleFig = await idleBoth(server, idle);
    const { api } = server;
    const t0 = performance.now();
    let config;
    for (let i = 0; i < vms; i++) config = (await api('create', kernelVm(`vm ${String(i).padStart(4, '0')}`))).config;
    const vdSec = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    for (let i = 0; i < vms; i++) {
      const name = `${DOMAIN_PREFIX}list-${String(i).padStart(4, '0')}`;
      const file = path.join(tmp, `${name}.xml`);
      fs.writeFileSync(file, domainXml(name, config));
      names.push(name);
      track(name);
      await session.ask(`define ${file}`);
    }
    const lvSec = (performance.now() - t1) / 1000;
    const count = (text) => text.split('\n').filter((l) => l.includes(`${DOMAIN_PREFIX}list-`)).length;
    const sides = {
      virtdesk: async () => (await api('list')).length,
      process: async () => count(await virsh('list', '--all')),
      session: async () => count(await session.ask('list --all')),
    };
    const loadAverageBefore = +os.loadavg()[0].toFixed(2);
    const { summaries } = await alternate(
      sides,
      apiRuns,
      async (call) => {
        const t = performance.now();
        const n = await call();
        const ms = performance.now() - t;
        if (n !== vms) throw new Error(`libvirt list: ${n} entries listed, expected ${vms}`);
        return ms;
      },
      1,
    );
    const list = {
      title: `list with ${vms} defined (ms; ${apiRuns} calls each, alternating): VirtDesk, libvirt`,
      rows: {
        'VirtDesk: API list over the WebSocket': summaries.virtdesk,
        'libvirt: virsh list --all, a process per call': summaries.process,
        'libvirt: list --all in one long-lived virsh': summaries.session,
      },
      ratio: ratio(summaries.virtdesk.median, summaries.session.median),
      ratioOf: 'VirtDesk / long-lived virsh',
      loadAverageBefore,
      notes: [
        `VirtDesk / virsh process: ${ratio(summaries.virtdesk.median, summaries.process.median)}`,
        `defining ${vms}: VirtDesk create over the API ${vdSec.toFixed(1)} s, libvirt define in one virsh ${lvSec.toFixed(1)} s`,
      ],
      goal: 'reported (VirtDesk / libvirt <= 1 is VirtDesk faster)',
      met: null,
    };
    return { libvirtIdle: idleFig, libvirtList: list };
  } finally {
    for (const name of names) {
      await session.ask(`undefine ${name}`);
      untrack(name);
    }
    session.close();
    fs.rmSync(tmp, { recursive: true, force: true });
    await server.stop();
  }
}

/** RSS and CPU of both managers with nothing defined, sampled in slices of one window. */
async function idleBoth(server, { windowSec, slices }) {
  const daemons = ['libvirtd', 'virtlogd'].map(daemonPid);
  if (daemons.some((p) => !p)) throw new Error('libvirt idle: libvirtd or virtlogd is not running');
  const cpu = { engine: () => cpuSeconds(server.pid), libvirt: () => daemons.reduce((s, p) => s + (cpuSeconds(p) ?? 0), 0) };
  const rss = { engine: () => rssMiB(server.pid), libvirt: () => daemons.reduce((s, p) => s + rssMiB(p), 0) };
  const samples = { engineCpu: [], libvirtCpu: [], engineRss: [], libvirtRss: [] };
  await sleep(1_000); // the server's start-up work done
  const slice = (windowSec * 1000) / slices;
  for (let i = 0; i < slices; i++) {
    const t = performance.now();
    const e0 = cpu.engine();
    const l0 = cpu.libvirt();
    await sleep(slice);
    const sec = (performance.now() - t) / 1000;
    samples.engineCpu.push(((cpu.engine() - e0) / sec) * 100);
    samples.libvirtCpu.push(((cpu.libvirt() - l0) / sec) * 100);
    samples.engineRss.push(rss.engine());
    samples.libvirtRss.push(rss.libvirt());
  }
  const s = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, summarize(xs, 2)]));
  return {
    title: `idle manager, 0 VMs (${windowSec} s window in ${slices} slices): VirtDesk engine, libvirtd + virtlogd`,
    rows: {
      'VirtDesk engine RSS (MiB)': s.engineRss,
      'libvirtd + virtlogd RSS (MiB)': s.libvirtRss,
      'VirtDesk engine CPU (% of a core)': s.engineCpu,
      'libvirtd + virtlogd CPU (% of a core)': s.libvirtCpu,
    },
    ratio: ratio(s.engineRss.median, s.libvirtRss.median),
    ratioOf: 'RSS VirtDesk / libvirt',
    goal: 'reported',
    met: null,
  };
}
