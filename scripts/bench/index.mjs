#!/usr/bin/env node
// npm run bench [-- --runs N] [--quick] [--only start,console,viewer,virtio,disk,idle,scale,libvirt]: VirtDesk against bare QEMU (or against itself at a
// smaller scale), and against libvirt (part `libvirt`: full runs only, or asked for by --only; never in --quick's default, so
// `npm test` needs no libvirt), measured side by side in one run. Every figure is a pair or a ratio, so a slower machine does
// not change the verdict. Writes bench-results.json (machine, QEMU version, date, load, min/median/max
// per figure) and prints a table. Goals are reported, never asserted: the exit status is non-zero only
// when something failed to run. One file per figure; lib/ holds the shared pieces.
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { consoleThroughput } from './console-throughput.mjs';
import { diskCreate } from './disk.mjs';
import { echoLatency } from './echo-latency.mjs';
import { idleCost } from './idle-cost.mjs';
import { libvirtConsole } from './libvirt-console.mjs';
import { libvirtManage } from './libvirt-manage.mjs';
import { libvirtStart } from './libvirt-start.mjs';
import { consolePair, SIDES } from './lib/console-pair.mjs';
import { requireGuest } from './lib/guest.mjs';
import { abandonAll, startHeadless } from './lib/headless.mjs';
import { abandonLibvirt, detectLibvirt } from './lib/libvirt.mjs';
import { formatFigure } from './lib/table.mjs';
import { scale } from './scale.mjs';
import { startLatency } from './start-latency.mjs';
import { viewerThroughput } from './viewer.mjs';
import { virtioConsoleThroughput } from './virtio-console.mjs';

const PARTS = ['start', 'console', 'viewer', 'virtio', 'disk', 'idle', 'scale', 'libvirt'];
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean' },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench-results.json' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(`node scripts/bench/index.mjs [--quick] [--runs N] [--only PART,...] [--out FILE]
  --quick    every part at a small size (what npm test runs); leaves out libvirt unless named
  --runs N   runs of the start, disk and throughput figures (default 7, 2 with --quick; throughput at most 5)
  --only     parts: ${PARTS.join(', ')}
  --out      where the results go as JSON (default bench-results.json)
See BENCHMARKS.md.`);
  process.exit(0);
}
const quick = values.quick ?? false;
const runs = Number(values.runs ?? (quick ? 2 : 7));
// --quick is what `npm test` runs: it must neither need nor touch libvirt unless asked by name.
const only = values.only ? values.only.split(',') : PARTS.filter((p) => !(quick && p === 'libvirt'));
const unknown = only.filter((p) => !PARTS.includes(p));
if (unknown.length) throw new Error(`--only: unknown part ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}`);
const plan = quick
  ? {
      throughputRuns: runs,
      bytes: 64 * 1024,
      echoSamples: 30,
      idle: { counts: [0, 2], windowSec: 5, slices: 2 },
      scale: { vms: 100, apiRuns: 5, renderRuns: 2 },
    }
  : {
      throughputRuns: Math.min(runs, 5),
      bytes: 1024 * 1024,
      echoSamples: 300,
      idle: { counts: [0, 5, 20], windowSec: 20, slices: 4 },
      scale: { vms: 500, apiRuns: 15, renderRuns: 5 },
    };

requireGuest();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    abandonAll();
    abandonLibvirt();
    process.exit(130);
  });
}
const began = performance.now();
const figures = {};
const load = {};
/** Runs one part, noting the machine's load average before it (others share this machine). */
async function part(name, fn) {
  if (!only.includes(name)) return;
  load[name] = +os.loadavg()[0].toFixed(2);
  const t = performance.now();
  Object.assign(figures, await fn());
  console.error(`bench: ${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s (load before: ${load[name]})`);
}

/** A fresh headless server for one part, stopped (with every VM it ran) whatever happens. */
async function withServer(fn) {
  const server = await startHeadless();
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

await part('start', () => withServer(async (server) => ({ startToFirstByteMs: await startLatency(server, { runs }) })));
await part('console', () =>
  withServer(async (server) => {
    const pair = await consolePair(server);
    try {
      return {
        consoleThroughput: await consoleThroughput(pair, { runs: plan.throughputRuns, bytes: plan.bytes }),
        echoLatency: await echoLatency(pair, { samples: plan.echoSamples }),
      };
    } finally {
      await pair.stop();
    }
  }),
);
await part('viewer', () =>
  withServer(async (server) => ({ viewerThroughput: await viewerThroughput(server, { runs: plan.throughputRuns, bytes: plan.bytes }) })),
);
await part('virtio', () =>
  withServer(async (server) => ({
    virtioConsoleThroughput: await virtioConsoleThroughput(server, {
      runs: plan.throughputRuns,
      bytes: plan.bytes,
      serialDirectMedian: figures.consoleThroughput?.rows[SIDES.direct]?.median,
    }),
  })),
);
await part('disk', () => withServer(async (server) => ({ diskCreate: await diskCreate(server, { runs }) })));
await part('idle', async () => ({ idleCost: await idleCost(plan.idle) }));
await part('scale', async () => {
  const s = await scale(plan.scale);
  return { scaleApi: s.api, scaleRender: s.render };
});

let libvirt = null;
/** Each libvirt figure notes the load average before it (unless it took its own, later). */
async function withLoad(fn) {
  const before = +os.loadavg()[0].toFixed(2);
  const figs = await fn();
  for (const f of Object.values(figs)) f.loadAverageBefore ??= before;
  return figs;
}
await part('libvirt', async () => {
  libvirt = detectLibvirt();
  if (!libvirt.ok) return {};
  return {
    ...(await withLoad(() => withServer(async (server) => ({ libvirtStart: await libvirtStart(server, { runs }) })))),
    ...(await withLoad(() =>
      withServer(async (server) => {
        const pair = await consolePair(server);
        try {
          return { libvirtConsole: await libvirtConsole(server, pair, { runs: plan.throughputRuns, bytes: plan.bytes }) };
        } finally {
          await pair.stop();
        }
      }),
    )),
    ...(await withLoad(() => libvirtManage({ vms: plan.scale.vms, apiRuns: plan.scale.apiRuns, idle: plan.idle }))),
  };
});

const result = {
  mode: quick ? 'quick' : 'full',
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: +(os.totalmem() / 2 ** 30).toFixed(1), kernel: os.release() },
  qemu: execFileSync('qemu-system-x86_64', ['--version'], { encoding: 'utf8' }).split('\n')[0],
  node: process.version,
  date: new Date().toISOString(),
  parts: only,
  libvirt: libvirt && { available: libvirt.ok, ...(libvirt.ok ? { version: libvirt.version } : { why: libvirt.why }) },
  loadAverageBefore: load,
  durationSec: +((performance.now() - began) / 1000).toFixed(1),
  figures,
};
fs.writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);

console.log(`VirtDesk bench (${result.mode}), ${result.date}, ${result.qemu}, ${result.machine.cpus} x ${result.machine.model}`);
for (const fig of Object.values(figures)) console.log(formatFigure(fig));
if (libvirt && !libvirt.ok) console.log(`\n${libvirt.why}`);
console.log(
  `load average (1 min) before each part: ${Object.entries(load)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log(`took ${result.durationSec} s; written: ${values.out}`);
