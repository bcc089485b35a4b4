// What `virtdesk list`, `info` and `snapshot list` print for a person, in the reader's language. Pure:
// golden text in format-text.test.ts. With --json the commands print the API's own objects instead.
import type { i18n as I18n } from 'i18next';
import type { SnapshotList, VmSummary } from '../../shared/api.js';
import { addressList } from '../../shared/model/index.js';
import { formatMiB, languageOf, says, tr, type Message } from '../../shared/i18n/index.js';
import { stateWord } from '../engine/engine-messages.js';

/** Columns padded to their widest cell; no blanks at the end of a line. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return (
    rows
      .map((r) =>
        r
          .map((cell, c) => cell.padEnd(widths[c]!))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

const lng = (i18n: I18n) => languageOf(i18n.language) ?? 'en';

/** "running (TCG, pid 1234)" style state of a VM. */
function stateText(vm: VmSummary, i18n: I18n): string {
  const state = tr(i18n, stateWord(vm.status.state));
  return vm.status.accel ? `${state} (${vm.status.accel.toUpperCase()})` : state;
}

export function formatVmList(vms: readonly VmSummary[], i18n: I18n): string {
  if (!vms.length) return `${tr(i18n, says('cli:list.empty'))}\n`;
  const head = (['name', 'state', 'cpus', 'memory', 'id'] as const).map((k) => tr(i18n, says(`cli:list.${k}`)));
  const rows = vms.map((vm) => [
    vm.name,
    stateText(vm, i18n),
    vm.config ? String(vm.config.cpus) : '-',
    vm.config ? formatMiB(vm.config.memoryMiB, lng(i18n)) : '-',
    vm.id,
  ]);
  return table([head, ...rows]);
}

type InfoKey = Parameters<typeof says>[0] & (`cli:info.${string}` | `guest:info.${string}`);

export function formatVmInfo(vm: VmSummary, i18n: I18n): string {
  const say = (m: Message) => tr(i18n, m);
  const lines: [InfoKey, string][] = [
    ['cli:info.name', vm.name],
    ['cli:info.id', vm.id],
    ['cli:info.state', stateText(vm, i18n)],
  ];
  if (vm.status.pid) lines.push(['cli:info.pid', String(vm.status.pid)]);
  if (vm.status.error) lines.push(['cli:info.problem', say(vm.status.error)]);
  if (vm.status.warning) lines.push(['cli:info.warning', say(vm.status.warning)]);
  lines.push(...guestLines(vm, say));
  const c = vm.config;
  if (c) {
    lines.push(
      ['cli:info.cpus', String(c.cpus)],
      ['cli:info.memory', formatMiB(c.memoryMiB, lng(i18n))],
      ['cli:info.accel', c.accel],
      ['cli:info.firmware', c.firmware],
      ['cli:info.machine', c.machine],
    );
    for (const d of c.disks) lines.push(['cli:info.disk', say(says('cli:info.diskLine', { file: d.file, format: d.format, bus: d.bus }))]);
    for (const cd of c.cdroms) lines.push(['cli:info.cdrom', cd.file ?? say(says('cli:info.emptyDrive'))]);
    if (c.kernel) lines.push(['cli:info.kernel', [c.kernel.kernel, c.kernel.initrd, c.kernel.append].filter(Boolean).join(' ')]);
    for (const n of c.nics) {
      const net = n.network;
      const nic =
        net.mode === 'user'
          ? say(says('cli:info.nicUser', { model: n.model, mac: n.mac }))
          : net.mode === 'bridge'
            ? say(says('cli:info.nicBridge', { model: n.model, mac: n.mac, bridge: net.bridge }))
            : say(says('cli:info.nicPrivate', { model: n.model, mac: n.mac, network: net.network }));
      const forwards = net.mode === 'user' ? net.forwards.map((f) => say(says('cli:info.forward', { ...f }))) : [];
      lines.push(['cli:info.nic', [nic, ...forwards].join('; ')]);
    }
    lines.push(['cli:info.console', c.consoleDevice], ['cli:info.display', c.display]);
    if (c.description) lines.push(['cli:info.description', c.description]);
  }
  const labelled = lines.map(([key, value]) => [say(says('cli:info.label', { label: says(key) })), value] as const);
  const width = Math.max(...labelled.map(([l]) => l.length));
  return labelled.map(([l, v]) => `${l.padEnd(width)}  ${v}`).join('\n') + '\n';
}

/** What the guest agent reports (a running VM with its channel): name, OS, each interface's addresses. */
function guestLines(vm: VmSummary, say: (m: Message) => string): [InfoKey, string][] {
  const g = vm.status.guest;
  if (!g) return [];
  if (g.agent !== 'answering') return [['guest:info.agent', say(says(g.agent === 'waiting' ? 'guest:info.waiting' : 'guest:info.silent'))]];
  const lines: [InfoKey, string][] = [];
  if (g.hostname) lines.push(['guest:info.hostname', g.hostname]);
  if (g.os) lines.push(['guest:info.os', g.os]);
  for (const i of g.interfaces) {
    const addresses = addressList(i) || say(says('guest:info.noAddress'));
    lines.push(['guest:info.addresses', say(says('guest:info.interface', { name: i.name, addresses }))]);
  }
  return lines;
}

export function formatSnapshots(name: string, list: SnapshotList, i18n: I18n): string {
  const say = (m: Message) => tr(i18n, m);
  const out: string[] = [];
  if (list.unavailable) out.push(say(says('cli:snapshot.unavailable', { reason: list.unavailable })), '');
  if (!list.snapshots.length) return `${[...out, say(says('cli:snapshot.none', { name }))].join('\n')}\n`;
  const head = (['name', 'taken', 'kind', 'description'] as const).map((k) => say(says(`cli:snapshot.${k}`)));
  const rows = list.snapshots.map((s) => [
    s.name,
    // ISO time without seconds' fractions: the same in every language, sortable, and what qemu-img shows.
    s.createdAt.replace('T', ' ').replace(/(:\d\d)(\.\d+)?Z$/, '$1Z'),
    s.live ? say(says('cli:snapshot.live', { size: s.vmStateBytes })) : say(says('cli:snapshot.disks')),
    s.description,
  ]);
  return out.join('\n') + (out.length ? '\n' : '') + table([head, ...rows]);
}
