// Bridged networking goes through QEMU's setuid helper (qemu-bridge-helper), which only attaches to
// bridges that /etc/qemu/bridge.conf allows. Say exactly which line is missing rather than let QEMU
// fail with "access denied by acl file".
import fs from 'node:fs/promises';
import path from 'node:path';
import { says, type Message } from '../../../shared/i18n/index.js';

export const BRIDGE_CONF = '/etc/qemu/bridge.conf';
export const BRIDGE_HELPER = '/usr/lib/qemu/qemu-bridge-helper';

/**
 * Pure: does this bridge.conf text (with its includes already read) allow `bridge`? Rules as the
 * helper applies them: "deny" beats "allow"; "all" matches every bridge.
 */
export function bridgeAllowed(confText: string, bridge: string): boolean {
  let allowed = false;
  for (const raw of confText.split('\n')) {
    const [verb, name] = raw.replace(/#.*/, '').trim().split(/\s+/);
    if (!verb || !name) continue;
    const matches = name === 'all' || name === bridge;
    if (verb === 'deny' && matches) return false;
    if (verb === 'allow' && matches) allowed = true;
  }
  return allowed;
}

/** bridge.conf with its `include` lines expanded (one level deep is what distributions use). */
async function readConf(file: string, depth = 0): Promise<string | null> {
  const text = await fs.readFile(file, 'utf8').catch(() => null);
  if (text === null || depth > 2) return text;
  const parts: string[] = [];
  for (const line of text.split('\n')) {
    const inc = /^\s*include\s+(\S+)/.exec(line);
    parts.push(inc ? ((await readConf(path.resolve(path.dirname(file), inc[1]!), depth + 1)) ?? '') : line);
  }
  return parts.join('\n');
}

export interface BridgeProblem {
  message: Message;
  fix: Message;
}

export async function checkBridge(
  bridge: string,
  opts = { conf: BRIDGE_CONF, helper: BRIDGE_HELPER, sysNet: '/sys/class/net' },
): Promise<BridgeProblem[]> {
  const problems: BridgeProblem[] = [];
  if (!(await exists(`${opts.sysNet}/${bridge}/bridge`))) {
    problems.push({ message: says('files:net.noBridge', { bridge }), fix: says('files:net.noBridgeFix', { bridge }) });
  }
  const helper = await fs.stat(opts.helper).catch(() => null);
  if (!helper) {
    problems.push({ message: says('files:net.noHelper', { helper: opts.helper }), fix: says('files:net.noHelperFix') });
  } else if (!(helper.mode & 0o4000)) {
    problems.push({
      message: says('files:net.notSetuid', { helper: opts.helper }),
      fix: says('files:net.notSetuidFix', { helper: opts.helper }),
    });
  }
  const conf = await readConf(opts.conf);
  if (conf === null || !bridgeAllowed(conf, bridge)) {
    problems.push({
      message: says('files:net.notAllowed', { conf: opts.conf, bridge }),
      fix: says('files:net.notAllowedFix', { conf: opts.conf, bridge }),
    });
  }
  return problems;
}

const exists = (p: string) =>
  fs.access(p).then(
    () => true,
    () => false,
  );
