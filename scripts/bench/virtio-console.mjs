// Virtio console throughput: the same print as console-throughput.mjs on /dev/hvc0 instead of the UART,
// through VirtDesk (keeper -> relay -> WebSocket viewer) against a bare twin whose hvc0 chardev socket the
// bench reads itself, sides alternating. QEMU's virtconsole has no flow control: what its socket cannot
// take at once is dropped, so every run counts the bytes that arrived instead of requiring them all,
// and the figure reports the bytes lost on each side beside the speed.
import path from 'node:path';
import { transferCounting } from './console-throughput.mjs';
import { alternate } from './lib/alternate.mjs';
import { GUEST_PROMPT, kernelVirtioVm, spawnBareVirtio, stopBare } from './lib/guest.mjs';
import { SerialReader } from './lib/serial-reader.mjs';
import { ratio, summarize } from './lib/stats.mjs';

const LABEL = {
  virtdesk: 'VirtDesk: keeper -> relay -> WebSocket viewer (hvc0)',
  direct: 'direct: hvc0 chardev unix socket',
};

export async function virtioConsoleThroughput(server, { runs, bytes, serialDirectMedian }) {
  const { api } = server;
  const vm = await api('create', kernelVirtioVm('virtio twin'));
  const readers = [];
  let bare = null;
  try {
    await api('start', { id: vm.id });
    const sides = { virtdesk: await SerialReader.webSocket(await api.consoleUrl(vm.id, 'hvc0')) };
    readers.push(sides.virtdesk);
    const socket = path.join(server.paths.runtimeDir, 'virtio-direct.sock');
    bare = spawnBareVirtio(vm.config, server.paths, socket);
    sides.direct = await SerialReader.unixSocket(socket);
    readers.push(sides.direct);
    await Promise.all(readers.map((r) => r.waitForShell(GUEST_PROMPT)));
    const lost = { virtdesk: [], direct: [] };
    const byReader = new Map(Object.entries(sides).map(([k, r]) => [r, k]));
    const { summaries: kbs, roundRatio } = await alternate(
      sides,
      runs,
      async (reader) => {
        const { rate, got } = await transferCounting(reader, bytes);
        lost[byReader.get(reader)].push(bytes - got);
        return rate / 1024;
      },
      1,
    );
    const perRound = roundRatio('virtdesk', 'direct');
    const r = ratio(kbs.virtdesk.median, kbs.direct.median);
    const lostTotal = (side) => lost[side].reduce((a, b) => a + b, 0);
    return {
      title: `virtio console throughput (KB/s, ${bytes / 1024} KB per run, TCG, guest console=hvc0)`,
      rows: {
        ...Object.fromEntries(Object.entries(kbs).map(([side, s]) => [LABEL[side], s])),
        'bytes lost per run: VirtDesk': summarize(lost.virtdesk, 0),
        'bytes lost per run: direct': summarize(lost.direct, 0),
      },
      ratio: r,
      ratioOf: 'VirtDesk / direct',
      perRoundRatio: perRound,
      notes: [
        `VirtDesk / direct, per round (min / median / max): ${perRound.min} / ${perRound.median} / ${perRound.max}`,
        `bytes lost in all ${runs} runs: VirtDesk ${lostTotal('virtdesk')}, direct ${lostTotal('direct')} (virtconsole drops what its reader does not take in time)`,
        ...(serialDirectMedian ? [`virtio console / serial port, both direct: ${ratio(kbs.direct.median, serialDirectMedian)}`] : []),
      ],
      goal: 'no byte lost through VirtDesk, ratio of medians >= 0.95',
      met: lostTotal('virtdesk') === 0 && r >= 0.95,
    };
  } finally {
    for (const reader of readers) reader.close();
    if (bare) await stopBare(bare);
    await api('forceOff', { id: vm.id }).catch(() => {});
  }
}
