// Start latency: from the API's start to the first guest byte at a console viewer, against the same
// QEMU command line started directly with the serial port on stdout. Runs alternate so that drift of
// the machine affects both sides alike. Direct kernel boot: no firmware's own timing hides the engine's.
import { kernelVm, spawnBare, stopBare } from './lib/guest.mjs';
import { SerialReader } from './lib/serial-reader.mjs';
import { ratio, summarize } from './lib/stats.mjs';

export async function startLatency(server, { runs }) {
  const { api } = server;
  const out = { virtdesk: [], bare: [] };
  for (let i = 0; i < runs; i++) {
    // A new VM each run: an earlier run's output would be replayed as scrollback and arrive "first".
    const vm = await api('create', kernelVm(`start ${i}`));
    out.virtdesk.push((await throughVirtdesk(api, vm.id)).ms);
    out.bare.push(await bare(vm.config, server.paths));
    await api('remove', { id: vm.id, deleteFiles: [], forceOff: true });
  }
  const virtdesk = summarize(out.virtdesk, 0);
  const bareQemu = summarize(out.bare, 0);
  const r = ratio(virtdesk.median, bareQemu.median);
  return {
    title: 'start -> first guest byte (ms, TCG, direct kernel boot)',
    rows: { 'VirtDesk: API start -> console viewer': virtdesk, 'bare qemu-system -serial stdio': bareQemu },
    ratio: r,
    goal: 'ratio of medians <= 1.05',
    met: r <= 1.05,
  };
}

/**
 * API start, then a console viewer, until the guest's first byte (ms from the start call). `afterFirst`
 * may read more from the viewer before it closes (libvirt-start.mjs compares the first bytes).
 */
export async function throughVirtdesk(api, id, afterFirst = async () => undefined) {
  const t0 = performance.now();
  await api('start', { id });
  const viewer = await SerialReader.webSocket(await api.consoleUrl(id, 'serial0'));
  const at = await viewer.waitForMore(0);
  const extra = await afterFirst(viewer);
  viewer.close();
  await api('forceOff', { id });
  return { ms: at - t0, extra };
}

/** The same argv as VirtDesk would run, minus its sockets: serial on stdout, no -S. */
async function bare(config, paths) {
  const t0 = performance.now();
  const qemu = spawnBare(config, paths, ['-serial', 'stdio'], 'pipe');
  const ms = await new Promise((resolve) => qemu.stdout.once('data', () => resolve(performance.now() - t0)));
  await stopBare(qemu);
  return ms;
}
