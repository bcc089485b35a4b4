// Start -> first guest byte, three peers on the same guest (the test guest's direct kernel boot, TCG,
// 128 MiB, no disk, no network), runs alternating: VirtDesk (API create + start, then a console
// viewer), the bare twin (its argv with -serial stdio) and libvirt (`start`, `ttyconsole`, then the
// bench opens the pty itself). libvirt's commands go through one long-lived virsh, as a client that
// keeps its connection does (virt-manager); a virsh process per command would add its own start-up.
// The pty is opened right after `ttyconsole`: QEMU drops what the guest prints while no one holds it,
// so the first run checks that libvirt's first bytes are the bare twin's (nothing was lost).
import os from 'node:os';
import { kernelVm, spawnBare, stopBare } from './lib/guest.mjs';
import { defineDomain, destroyDomain, DOMAIN_PREFIX, removeDomain, virshSession } from './lib/libvirt.mjs';
import { ptyReader } from './lib/pty-reader.mjs';
import { throughVirtdesk } from './start-latency.mjs';
import { ratio, summarize } from './lib/stats.mjs';

const HEAD = 24;

export async function libvirtStart(server, { runs }) {
  const { api } = server;
  const template = await api('create', kernelVm('libvirt start template'));
  const session = virshSession();
  const name = await defineDomain(`${DOMAIN_PREFIX}start`, template.config, os.tmpdir());
  const out = { virtdesk: [], bare: [], libvirt: [], libvirtStarted: [] };
  const heads = {};
  try {
    for (let i = 0; i < runs; i++) {
      // A new VirtDesk VM each run: an earlier run's output would be replayed as scrollback.
      const vm = await api('create', kernelVm(`libvirt start ${i}`));
      const v = await throughVirtdesk(api, vm.id, headOf);
      out.virtdesk.push(v.ms);
      await api('remove', { id: vm.id, deleteFiles: [], forceOff: true });
      const b = await bare(template.config, server.paths);
      out.bare.push(b.ms);
      const l = await throughLibvirt(session, name);
      out.libvirt.push(l.ms);
      out.libvirtStarted.push(l.startedMs);
      if (i === 0) Object.assign(heads, { virtdesk: v.extra, bare: b.head, libvirt: l.head });
    }
  } finally {
    session.close();
    await removeDomain(name);
    await api('remove', { id: template.id, deleteFiles: [], forceOff: true }).catch(() => {});
  }
  const s = Object.fromEntries(Object.entries(out).map(([k, xs]) => [k, summarize(xs, 0)]));
  const same = heads.libvirt === heads.bare.slice(0, heads.libvirt.length) && heads.libvirt.length > 0;
  return {
    title: 'start -> first guest byte (ms, TCG, direct kernel boot, 128 MiB): VirtDesk, bare QEMU, libvirt',
    rows: {
      'VirtDesk: API start -> console viewer': s.virtdesk,
      'bare qemu-system -serial stdio': s.bare,
      'libvirt: virsh start -> pty (ttyconsole)': s.libvirt,
      '  of which virsh start returned': s.libvirtStarted,
    },
    ratio: ratio(s.virtdesk.median, s.libvirt.median),
    ratioOf: 'VirtDesk / libvirt',
    ratioBare: ratio(s.libvirt.median, s.bare.median),
    firstBytes: heads,
    notes: [
      `libvirt / bare: ${ratio(s.libvirt.median, s.bare.median)}; VirtDesk / bare: ${ratio(s.virtdesk.median, s.bare.median)}`,
      `libvirt's first ${HEAD} bytes are the bare twin's (nothing lost before the pty was opened): ${same ? 'yes' : `NO (${JSON.stringify(heads.libvirt)})`}`,
    ],
    goal: 'reported (VirtDesk / libvirt <= 1 is VirtDesk first)',
    met: null,
  };
}

async function bare(config, paths) {
  const t0 = performance.now();
  const qemu = spawnBare(config, paths, ['-serial', 'stdio'], 'pipe');
  let text = '';
  const ms = await new Promise((resolve) =>
    qemu.stdout.on('data', (d) => {
      if (!text) resolve(performance.now() - t0);
      text += d.toString('latin1');
    }),
  );
  const deadline = Date.now() + 10_000;
  while (text.length < HEAD && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await stopBare(qemu);
  return { ms, head: text.slice(0, HEAD) };
}

async function throughLibvirt(session, name) {
  const t0 = performance.now();
  await session.ask(`start ${name}`);
  const startedMs = performance.now() - t0;
  const pty = (await session.ask(`ttyconsole ${name}`)).trim();
  if (!pty.startsWith('/dev/pts/')) throw new Error(`libvirt start: ttyconsole ${name} gave "${pty}"`);
  const reader = ptyReader(pty);
  try {
    const at = await reader.waitForMore(0);
    return { ms: at - t0, startedMs, head: await headOf(reader) };
  } finally {
    reader.close();
    await destroyDomain(name);
  }
}

/** The first HEAD bytes the guest printed (waits for them, briefly). */
async function headOf(reader) {
  await reader.waitForMore(HEAD - 1, 10_000).catch(() => {});
  return reader.text.slice(0, HEAD);
}
