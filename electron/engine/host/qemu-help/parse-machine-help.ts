// `qemu-system-x86_64 -machine help`: one machine per line, `printf("%-20s %s%s%s\n", name, desc,
// " (default)", " (deprecated)")`, and before a machine that has a short alias an extra line
// `printf("%-20s %s (alias of %s)\n", alias, desc, name)`.
import type { QemuCapabilities } from '../../../../shared/model/index.js';

export type MachineInfo = QemuCapabilities['machines'][number];

// Machine type names are QOM names without the "-machine" suffix: letters, digits, dots, dashes.
// A stricter pattern than \S+ keeps stray lines ("qemu-system-x86_64: warning: ...") out.
const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
// The markers QEMU appends to the description; they can stack ("(default) (deprecated)").
const SUFFIX = /\s*\((default|deprecated|alias of ([^()\s]+))\)$/;

/**
 * Both the alias line and the versioned machine it points to are kept, so a picker can show
 * "pc (alias of pc-i440fx-7.2)" and also offer the pinned name:
 * - `pc  ... (alias of pc-i440fx-7.2)` -> { name: "pc", alias: null, description without the suffix }
 * - `pc-i440fx-7.2 ... (default)` -> { name: "pc-i440fx-7.2", alias: "pc", isDefault: true }
 * The alias entry does not repeat isDefault: exactly one entry is the default, as QEMU prints it.
 * To find what an alias points to, look for the entry whose `alias` equals its name.
 */
export function parseMachineHelp(text: string): MachineInfo[] {
  if (typeof text !== 'string') return [];
  const machines: MachineInfo[] = [];
  const aliasOf = new Map<string, string>(); // target name -> alias (short) name
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trimEnd();
    // Skip blank lines, indented continuation text and headers ("Supported machines are:").
    if (!line || /^\s/.test(line) || line.endsWith(':')) continue;
    const m = /^(\S+)(?:\s+(.*))?$/.exec(line);
    const name = m?.[1];
    if (!name || !NAME.test(name)) continue;
    let description = m[2] ?? '';
    let isDefault = false;
    let deprecated = false;
    let target: string | null = null;
    for (let s = SUFFIX.exec(description); s; s = SUFFIX.exec(description)) {
      if (s[1] === 'default') isDefault = true;
      else if (s[1] === 'deprecated') deprecated = true;
      else target = s[2] ?? null;
      description = description.slice(0, s.index);
    }
    if (target) aliasOf.set(target, name);
    machines.push({ name, description: description.trim(), alias: null, isDefault, deprecated });
  }
  // The alias line comes first in QEMU's output, but do not rely on the order.
  return machines.map((mc) => ({ ...mc, alias: aliasOf.get(mc.name) ?? null }));
}
