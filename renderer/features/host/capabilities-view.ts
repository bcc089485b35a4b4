// Pure shaping of QemuCapabilities for the Host page's tabs: folding aliases, filtering, grouping.
import type { QemuCapabilities } from '../../../shared/model/index.js';

type Machine = QemuCapabilities['machines'][number];
type Cpu = QemuCapabilities['cpus'][number];
type Device = QemuCapabilities['devices'][number];

/**
 * QEMU lists "pc" (alias of pc-i440fx-7.2) and "pc-i440fx-7.2" as two lines; one row reads better,
 * "pc → pc-i440fx-7.2", at the place of the versioned entry.
 */
export function machineRows(machines: readonly Machine[]): Machine[] {
  const aliases = new Map<string, Machine>();
  for (const m of machines) if (m.alias) aliases.set(m.alias, m);
  const out: Machine[] = [];
  for (const m of machines) {
    const target = aliases.get(m.name);
    if (target && target !== m) continue; // the alias line itself
    const aliasLine = m.alias ? machines.find((a) => a.name === m.alias) : undefined;
    out.push(aliasLine?.isDefault ? { ...m, isDefault: true } : m);
  }
  return out;
}

/** Case-insensitive substring match on any of the texts; an empty filter matches everything. */
export function matchesFilter(filter: string, ...texts: (string | null | undefined)[]): boolean {
  const f = filter.trim().toLowerCase();
  if (!f) return true;
  return texts.some((t) => t?.toLowerCase().includes(f));
}

export function filterCpus(cpus: readonly Cpu[], filter: string): Cpu[] {
  return cpus.filter((c) => matchesFilter(filter, c.name, c.description));
}

/** QEMU prints this for a model name whose version the machine type chooses ("Skylake-Client"). */
export const CPU_ALIAS_DESCRIPTION = '(alias configured by machine type)';

/** What a person picking hardware for a VM looks for first; the rest follow alphabetically. */
const FIRST_CATEGORIES = ['Network devices', 'Display devices', 'Storage devices'];
const LAST_CATEGORIES = ['CPU devices', 'Uncategorized devices'];

function categoryRank(category: string): number {
  const first = FIRST_CATEGORIES.indexOf(category);
  if (first >= 0) return first;
  const last = LAST_CATEGORIES.indexOf(category);
  return last >= 0 ? 1000 + last : 100;
}

export interface DeviceGroup {
  category: string;
  devices: Device[];
}

export function groupDevices(devices: readonly Device[], filter: string): DeviceGroup[] {
  const groups = new Map<string, Device[]>();
  for (const d of devices) {
    if (!matchesFilter(filter, d.name, d.description, d.alias, d.bus)) continue;
    const list = groups.get(d.category) ?? [];
    list.push(d);
    groups.set(d.category, list);
  }
  return [...groups]
    .map(([category, list]) => ({ category, devices: list }))
    .sort((a, b) => categoryRank(a.category) - categoryRank(b.category) || a.category.localeCompare(b.category));
}
