// `virtdesk host`: the Host page as text, like kvm-ok but with every check and its fix. Pure.
import type { HostInfo, Verdict } from '../../../shared/model/index.js';

const MARK: Record<Verdict, string> = { ok: '[ ok ]', warn: '[warn]', error: '[FAIL]', info: '[info]' };

export function formatHostReport(host: HostInfo): string {
  const width = Math.max(...host.checks.map((c) => c.label.length));
  const lines = [`VirtDesk host check: ${host.overall.title}`, `  ${host.overall.detail}`, ''];
  for (const c of host.checks) {
    lines.push(`${MARK[c.verdict]} ${c.label.padEnd(width)}  ${c.value}`);
    if (c.fix) lines.push(`       ${' '.repeat(width)}  -> ${c.fix}`);
    if (c.command) lines.push(`       ${' '.repeat(width)}     $ ${c.command}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Exit status for scripts: 0 = KVM, 1 = emulation only, 2 = cannot run VMs. */
export function hostExitStatus(host: HostInfo): number {
  return host.overall.mode === 'kvm' ? 0 : host.overall.mode === 'tcg' ? 1 : 2;
}
