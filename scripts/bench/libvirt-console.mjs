// Console throughput through libvirt beside VirtDesk's relay and a direct reader of QEMU's socket
// (consolePair's sides), sides alternating, the same print as console-throughput.mjs (every byte
// counted). Two libvirt domains, because a pty has room for one reader:
// - "pty": the bench opens the pty libvirt allocated (`virsh ttyconsole`) itself; libvirtd is not on
//   the path at all, as when a person runs `screen /dev/pts/N`;
// - "virsh console": `virsh console` run under a pty (python3's pty.spawn, argv only: virsh refuses a
//   console without a terminal); libvirtd opens the pty and relays it over its RPC stream to virsh,
//   the path virt-manager's text console and `virsh console` take. The bench reads python's stdout.
// Beside each, the manager's CPU (utime + stime from /proc) per MiB printed: the VirtDesk server's and
// its console log keeper's for the relay, libvirtd's + virtlogd's for libvirt.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { transfer } from './console-throughput.mjs';
import { alternate } from './lib/alternate.mjs';
import { GUEST_PROMPT, kernelVm } from './lib/guest.mjs';
import { daemonPid, defineDomain, DOMAIN_PREFIX, LIBVIRT_URI, removeDomain, consolePty, virsh } from './lib/libvirt.mjs';
import { cpuSeconds, keeperPid } from './lib/proc.mjs';
import { ptyReader } from './lib/pty-reader.mjs';
import { SerialReader } from './lib/serial-reader.mjs';
import { ratio, summarize } from './lib/stats.mjs';

const LABEL = {
  virtdesk: 'VirtDesk: relay -> WebSocket viewer',
  direct: 'direct: chardev unix socket',
  libvirtPty: 'libvirt: pty read by the bench',
  libvirtConsole: 'libvirt: virsh console (libvirtd stream)',
};
const PTY_SPAWN = 'import pty, sys; pty.spawn(sys.argv[1:])';

export async function libvirtConsole(server, pair, { runs, bytes }) {
  const template = await server.api('create', kernelVm('libvirt console template'));
  const names = [];
  const readers = [];
  try {
    const sides = { virtdesk: pair.sides.virtdesk, direct: pair.sides.direct };
    for (const side of ['libvirtPty', 'libvirtConsole']) {
      const name = await defineDomain(`${DOMAIN_PREFIX}${side.toLowerCase()}`, template.config, os.tmpdir());
      names.push(name);
      // Open the reader before the guest prints, so the whole boot is seen: start paused, then resume.
      await virsh('start', '--paused', name);
      sides[side] = side === 'libvirtPty' ? ptyReader(await consolePty(name)) : virshConsole(name);
      readers.push(sides[side]);
      if (side === 'libvirtConsole') await sides[side].waitFor('Escape character', 0, 30_000);
      await virsh('resume', name);
    }
    await Promise.all(readers.map((r) => r.waitForShell(GUEST_PROMPT)));
    const managers = {
      // The server and its console log keeper (looked up each time: it may have been restarted).
      virtdesk: () => cpuSeconds(server.pid) + (cpuSeconds(keeperPid(server.paths.runtimeDir)) ?? 0),
      direct: () => 0,
      libvirtPty: libvirtCpu,
      libvirtConsole: libvirtCpu,
    };
    const cpuPerMiB = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
    const byReader = new Map(Object.entries(sides).map(([k, r]) => [r, k]));
    const { summaries: kbs, roundRatio } = await alternate(
      sides,
      runs,
      async (reader) => {
        const side = byReader.get(reader);
        const c0 = managers[side]();
        const rate = await transfer(reader, bytes);
        cpuPerMiB[side].push(((managers[side]() - c0) * 1000) / (bytes / 2 ** 20));
        return rate / 1024;
      },
      1,
    );
    const cpu = Object.fromEntries(Object.entries(cpuPerMiB).map(([k, xs]) => [k, summarize(xs, 1)]));
    const perRound = roundRatio('virtdesk', 'libvirtConsole');
    return {
      title: `serial console throughput (KB/s, ${bytes / 1024} KB per run, TCG): VirtDesk, direct, libvirt`,
      rows: {
        ...Object.fromEntries(Object.entries(kbs).map(([side, s]) => [LABEL[side], s])),
        'manager CPU ms per MiB: VirtDesk server + console log keeper': cpu.virtdesk,
        'manager CPU ms per MiB: libvirtd + virtlogd, pty': cpu.libvirtPty,
        'manager CPU ms per MiB: libvirtd + virtlogd, virsh console': cpu.libvirtConsole,
      },
      ratio: ratio(kbs.virtdesk.median, kbs.libvirtConsole.median),
      ratioOf: 'VirtDesk / libvirt virsh console',
      perRoundRatio: perRound,
      notes: [
        `VirtDesk / libvirt virsh console, per round (min / median / max): ${perRound.min} / ${perRound.median} / ${perRound.max}`,
        `VirtDesk / libvirt pty: ${ratio(kbs.virtdesk.median, kbs.libvirtPty.median)}; libvirt pty / direct: ${ratio(kbs.libvirtPty.median, kbs.direct.median)}`,
        'the virsh console side includes python3 pty.spawn copying to the bench (a hop neither VirtDesk nor the pty side has)',
      ],
      goal: 'reported (VirtDesk / libvirt >= 1 is VirtDesk faster)',
      met: null,
    };
  } finally {
    for (const r of readers) r.close();
    for (const name of names) await removeDomain(name);
    await server.api('remove', { id: template.id, deleteFiles: [], forceOff: true }).catch(() => {});
  }
}

/** libvirtd + virtlogd CPU seconds; looked up each time, so a restarted daemon is not a stale pid. */
function libvirtCpu() {
  return ['libvirtd', 'virtlogd'].reduce((sum, d) => sum + (cpuSeconds(daemonPid(d)) ?? 0), 0);
}

/** `virsh console --force NAME` under a pty from python3's pty.spawn, as a SerialReader on its stdio. */
function virshConsole(name) {
  const child = spawn('python3', ['-c', PTY_SPAWN, 'virsh', '-c', LIBVIRT_URI, 'console', '--force', name], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const reader = new SerialReader(
    (s) => child.stdin.write(s),
    () => child.kill(),
  );
  child.stdout.on('data', (d) => reader.push(d));
  child.once('exit', () => reader.end());
  return reader;
}
