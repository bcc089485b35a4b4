// `virtdesk host`: the Host page as text, like kvm-ok but with every check and its fix. Pure.
import type { i18n as I18n } from 'i18next';
import { createI18n, says, tr, type Message } from '../../../shared/i18n/index.js';
import type { HostInfo, Verdict } from '../../../shared/model/index.js';

/** Not translated: scripts grep for them, like the marks of systemd's or Debian's boot messages. */
const MARK: Record<Verdict, string> = { ok: '[ ok ]', warn: '[warn]', error: '[FAIL]', info: '[info]' };

let english: I18n | null = null;

/**
 * The report in `i18n`'s language: the command line passes the instance it made from LANG
 * (createI18n(languageFromEnv(process.env))); English without one.
 */
export function formatHostReport(host: HostInfo, i18n: I18n = (english ??= createI18n('en'))): string {
  const say = (m: Message) => tr(i18n, m);
  const checks = host.checks.map((c) => ({ ...c, label: say(c.label) }));
  const width = Math.max(...checks.map((c) => c.label.length));
  const lines = [say(says('host:cli.title', { title: host.overall.title })), `  ${say(host.overall.detail)}`, ''];
  for (const c of checks) {
    lines.push(`${MARK[c.verdict]} ${c.label.padEnd(width)}  ${say(c.value)}`);
    if (c.fix) lines.push(`       ${' '.repeat(width)}  -> ${say(c.fix)}`);
    if (c.command) lines.push(`       ${' '.repeat(width)}     $ ${c.command}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Exit status for scripts: 0 = KVM, 1 = emulation only, 2 = cannot run VMs. */
export function hostExitStatus(host: HostInfo): number {
  return host.overall.mode === 'kvm' ? 0 : host.overall.mode === 'tcg' ? 1 : 2;
}
