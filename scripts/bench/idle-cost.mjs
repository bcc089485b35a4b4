// Idle cost: the headless engine process's CPU (% of one core) and RSS with 0, 5, 20 running VMs, each
// a TCG guest idle at its shell, statistics sampling on (the default interval) and an API client
// connected that receives the 'stats' events, as an open window would. Beside it, what the QEMUs
// themselves use in the same window, and the console log keeper (one process for all VMs, running while
// any VM runs): its RSS and the memory it alone holds (Node's binary is shared with the engine). The
// window is cut into slices for min / median / max. Last, the
// most VMs again with statistics sampled every 10 s instead, to show how much of the cost is sampling.
import { GUEST_PROMPT, kernelVm } from './lib/guest.mjs';
import { startHeadless } from './lib/headless.mjs';
import { cpuSeconds, keeperPid, privateMiB, qemuPids, rssMiB } from './lib/proc.mjs';
import { SerialReader } from './lib/serial-reader.mjs';
import { sleep, summarize } from './lib/stats.mjs';

/** The diagnostic row's sampling interval. */
const SPARSE_SEC = 10;

export async function idleCost({ counts, windowSec, slices }) {
  const server = await startHeadless();
  const { api } = server;
  try {
    const { statsIntervalSec } = await api('settings');
    let events = 0;
    api.on((e) => {
      if (e.type === 'stats') events++;
    });
    const levels = {};
    let running = 0;
    const retries = { count: 0 };
    for (const count of counts) {
      await bootIdle(api, count - running, running, retries);
      running = count;
      await sleep(3_000); // boot work done, a few samples taken
      const before = events;
      const m = await measure(server, windowSec, slices);
      levels[count] = { ...m, statsEvents: events - before };
      if (count > 0 && events === before) throw new Error(`idle cost: no stats events with ${count} VMs running`);
    }
    // What dominates: the same VMs with sampling ten times rarer.
    const most = counts[counts.length - 1];
    await api('updateSettings', { statsIntervalSec: SPARSE_SEC });
    await sleep(3_000);
    const sparse = await measure(server, windowSec, slices);
    await api('updateSettings', { statsIntervalSec });
    const top = levels[most];
    const rows = {};
    for (const count of counts) {
      const l = levels[count];
      rows[`${count} VMs: engine CPU (% of a core)`] = l.engineCpuPct;
      rows[`${count} VMs: engine RSS (MiB)`] = l.engineRssMiB;
      rows[`${count} VMs: their QEMUs' CPU (% of a core)`] = l.qemusCpuPct;
      if (l.keeper) {
        rows[`${count} VMs: console log keeper CPU (% of a core)`] = l.keeper.cpuPct;
        rows[`${count} VMs: console log keeper RSS (MiB)`] = l.keeper.rssMiB;
        rows[`${count} VMs: console log keeper private memory (MiB)`] = l.keeper.privateMiB;
      }
    }
    rows[`${most} VMs, stats every ${SPARSE_SEC} s: engine CPU (%)`] = sparse.engineCpuPct;
    const perVm = rssPerVm(levels, counts);
    levels[`${most}, stats every ${SPARSE_SEC} s`] = sparse;
    return {
      title: `engine idle cost (headless server process; ${windowSec} s window in ${slices} slices, stats every ${statsIntervalSec} s)`,
      rows,
      levels,
      notes: [
        `engine RSS at 0 VMs (median): ${levels[counts[0]].engineRssMiB.median} MiB; per VM: ${perVm}`,
        ...counts.map((c) => `${c} VMs: ${levels[c].statsEvents} stats events reached the API client in the window`),
        `guests that panicked at boot and were started again: ${retries.count}`,
      ],
      goal: 'at 20 VMs: engine < 1 % of one core (median) and < 150 MiB RSS',
      met: counts.includes(20) ? top.engineCpuPct.median < 1 && top.engineRssMiB.max < 150 : null,
    };
  } finally {
    await server.stop();
  }
}

/**
 * What each running VM adds to the engine's RSS, step by step: the median's rise from one count to the
 * next over the VMs added. The first step also pays for what the first VMs run first (spawn, QMP, the
 * relays, the sampler: code compiled, heap grown), so the last step is the cost of one more VM; when V8
 * last collected can weigh more than a few VMs, so a step may even be negative.
 */
function rssPerVm(levels, counts) {
  const steps = counts.slice(1).map((c, i) => {
    const from = counts[i];
    const kib = ((levels[c].engineRssMiB.median - levels[from].engineRssMiB.median) * 1024) / (c - from);
    return `${kib.toFixed(0)} KiB (${from} -> ${c} VMs)`;
  });
  return steps.join(', ') || 'no VMs started';
}

/**
 * Start `n` more VMs, two at a time (the machine has two cores), until every one sits at its shell
 * prompt. A TCG guest starved of CPU while it boots can panic ("IO-APIC + timer doesn't work"): such a
 * VM is forced off and started again (counted in `retries`).
 */
async function bootIdle(api, n, offset, retries) {
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const vm = await api('create', kernelVm(`idle ${offset + next++}`));
      for (let attempt = 1; ; attempt++) {
        await api('start', { id: vm.id });
        if (await reachesShell(api, vm.id)) break;
        if (attempt === 3) throw new Error(`idle cost: VM ${vm.name} panicked at boot ${attempt} times`);
        retries.count++;
        await api('forceOff', { id: vm.id });
      }
    }
  };
  await Promise.all([worker(), worker()]);
}

/** true at the shell prompt, false when the guest's kernel panicked. */
async function reachesShell(api, id) {
  const viewer = await SerialReader.webSocket(await api.consoleUrl(id, 'serial0'));
  try {
    return await Promise.race([
      viewer.waitFor(GUEST_PROMPT, 0, 120_000).then(() => true),
      viewer.waitFor('Kernel panic', 0, 120_000).then(() => false),
    ]);
  } finally {
    viewer.close();
  }
}

async function measure(server, windowSec, slices) {
  const slice = (windowSec * 1000) / slices;
  const qemus = qemuPids(server.paths.runtimeDir);
  const qemuCpu = () => qemus.reduce((sum, pid) => sum + (cpuSeconds(pid) ?? 0), 0);
  const keeper = keeperPid(server.paths.runtimeDir);
  const engine = [];
  const vms = [];
  const rss = [];
  const kept = { cpu: [], rss: [], private: [] };
  for (let i = 0; i < slices; i++) {
    const t0 = performance.now();
    const e0 = cpuSeconds(server.pid);
    const q0 = qemuCpu();
    const k0 = keeper && cpuSeconds(keeper);
    await sleep(slice);
    const sec = (performance.now() - t0) / 1000;
    engine.push(((cpuSeconds(server.pid) - e0) / sec) * 100);
    vms.push(((qemuCpu() - q0) / sec) * 100);
    rss.push(rssMiB(server.pid));
    if (keeper) {
      kept.cpu.push(((cpuSeconds(keeper) - k0) / sec) * 100);
      kept.rss.push(rssMiB(keeper));
      kept.private.push(privateMiB(keeper));
    }
  }
  return {
    engineCpuPct: summarize(engine, 2),
    engineRssMiB: summarize(rss, 1),
    qemusCpuPct: summarize(vms, 1),
    qemus: qemus.length,
    keeper: keeper ? { cpuPct: summarize(kept.cpu, 2), rssMiB: summarize(kept.rss, 1), privateMiB: summarize(kept.private, 1) } : null,
  };
}
