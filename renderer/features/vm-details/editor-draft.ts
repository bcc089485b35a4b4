// The hardware editor's working copy of a VM's settings. Typed numbers stay text until Apply, so a
// half-typed value gets a message instead of turning into 0; each page's Apply sends only its own
// changed fields, checked against the whole config with the same schema the engine applies. Pure but
// for the window's language, in which typed numbers are read ("1,5" in French). Problems are kept as
// issues (key and parameters), put in words where they are shown, so a change of language needs no check.
import type { VmConfigPatch } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { Accel, BootDevice, CdromConfig, DiskConfig, NetworkConfig, NicModel, VmConfig } from '../../../shared/model/index.js';
import { check, diskSizeGiB, vmConfig, type FieldIssue } from '../../../shared/schemas/index.js';
import { forwardsFromRows, rowKey, rowsFromForwards, type ForwardRow } from '../../forms/forward-rows.js';
import { i18n } from '../../i18n/i18n.js';
import { issueText } from '../../lib/errors.js';
import { formatNumber, parseDecimal } from '../../lib/format.js';
import { sectionDef, sectionOfPath, SECTIONS, type EditableKey, type SectionId } from './hardware-sections.js';

export interface BootEntry {
  device: BootDevice;
  on: boolean;
}

export interface DiskDraft extends DiskConfig {
  key: string;
}

export interface CdromDraft {
  key: string;
  /** '' = an empty drive. */
  file: string;
  bus: CdromConfig['bus'];
}

export interface NicDraft {
  key: string;
  model: NicModel;
  mac: string;
  mode: NetworkConfig['mode'];
  forwards: ForwardRow[];
  bridge: string;
  /** The private network's name (mode 'private'). */
  network: string;
}

export interface ShareDraft {
  key: string;
  hostPath: string;
  tag: string;
  readOnly: boolean;
}

export interface EditorDraft {
  name: string;
  description: string;
  osId: string | null;
  cpus: string;
  cpuModel: string | null;
  accel: Accel;
  memoryMiB: string;
  /** '' = all of memoryMiB (no balloon target). */
  currentMemoryMiB: string;
  machine: string;
  firmware: VmConfig['firmware'];
  /** All three kinds, in boot order; the ones switched off are left out of the config's order. */
  boot: BootEntry[];
  bootMenu: boolean;
  kernelOn: boolean;
  kernel: string;
  initrd: string;
  append: string;
  disks: DiskDraft[];
  cdroms: CdromDraft[];
  nics: NicDraft[];
  sharedFolders: ShareDraft[];
  serialPorts: number;
  consoleDevice: VmConfig['consoleDevice'];
  display: VmConfig['display'];
  balloon: boolean;
  guestAgent: boolean;
  /** One argument per line. */
  extraArgs: string;
}

const BOOT_DEVICES: BootDevice[] = ['cdrom', 'disk', 'network'];

export function draftFromConfig(c: VmConfig): EditorDraft {
  return {
    name: c.name,
    description: c.description,
    osId: c.osId,
    cpus: String(c.cpus),
    cpuModel: c.cpuModel,
    accel: c.accel,
    memoryMiB: String(c.memoryMiB),
    currentMemoryMiB: c.currentMemoryMiB === null ? '' : String(c.currentMemoryMiB),
    machine: c.machine,
    firmware: c.firmware,
    boot: [
      ...c.boot.order.map((device) => ({ device, on: true })),
      ...BOOT_DEVICES.filter((d) => !c.boot.order.includes(d)).map((device) => ({ device, on: false })),
    ],
    bootMenu: c.boot.menu,
    kernelOn: c.kernel !== null,
    kernel: c.kernel?.kernel ?? '',
    initrd: c.kernel?.initrd ?? '',
    append: c.kernel?.append ?? 'console=ttyS0',
    disks: c.disks.map((d) => ({ ...d, key: rowKey() })),
    cdroms: c.cdroms.map((cd) => ({ key: rowKey(), file: cd.file ?? '', bus: cd.bus })),
    nics: c.nics.map((n) => ({
      key: rowKey(),
      model: n.model,
      mac: n.mac,
      mode: n.network.mode,
      forwards: n.network.mode === 'user' ? rowsFromForwards(n.network.forwards) : [],
      bridge: n.network.mode === 'bridge' ? n.network.bridge : '',
      network: n.network.mode === 'private' ? n.network.network : '',
    })),
    sharedFolders: c.sharedFolders.map((s) => ({ ...s, key: rowKey() })),
    serialPorts: c.serialPorts,
    consoleDevice: c.consoleDevice,
    display: c.display,
    balloon: c.balloon,
    guestAgent: c.guestAgent,
    extraArgs: c.extraArgs.join('\n'),
  };
}

/**
 * A number a person typed, in their language ("1,5" in French): undefined when empty (the schema then
 * asks for one), NaN when it is not a number (checkSection says so in words of its own).
 */
export function typedNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  return parseDecimal(text) ?? NaN;
}

const num = (text: string) => typedNumber(text) as number;

/** A new disk's size as typed ("1,5" in French), held to the engine's rule; else what to type. */
export function newDiskSize(text: string): { ok: true; value: number } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: false, message: i18n.t('details:disks.sizeMissing') };
  const n = parseDecimal(text);
  if (n === null) return { ok: false, message: i18n.t('details:editor.notANumber', { example: formatNumber(1.5) }) };
  const c = check(diskSizeGiB, n);
  return c.ok ? { ok: true, value: c.value } : { ok: false, message: issueText(c.issues[0]!) };
}

/** The fields typed as numbers, by config path, with an example of what to type instead. */
const TYPED: ReadonlyArray<{ path: 'cpus' | 'memoryMiB' | 'currentMemoryMiB'; example: string }> = [
  { path: 'cpus', example: '2' },
  { path: 'memoryMiB', example: '2048' },
  { path: 'currentMemoryMiB', example: '1024' },
];

type Editable = Pick<VmConfig, EditableKey>;

/** The draft as config values (numbers may be undefined or NaN: the schema explains those). */
export function configValues(d: EditorDraft): Editable {
  return {
    name: d.name.trim(),
    description: d.description,
    osId: d.osId,
    machine: d.machine,
    accel: d.accel,
    cpuModel: d.cpuModel,
    memoryMiB: num(d.memoryMiB),
    currentMemoryMiB: d.currentMemoryMiB.trim() === '' ? null : num(d.currentMemoryMiB),
    cpus: num(d.cpus),
    firmware: d.firmware,
    boot: { order: d.boot.filter((b) => b.on).map((b) => b.device), menu: d.bootMenu },
    kernel: d.kernelOn ? { kernel: d.kernel.trim(), initrd: d.initrd.trim() || null, append: d.append.trim() } : null,
    disks: d.disks.map(({ key: _key, ...disk }) => disk),
    cdroms: d.cdroms.map((cd) => ({ file: cd.file.trim() || null, bus: cd.bus })),
    nics: d.nics.map((n) => ({
      model: n.model,
      mac: n.mac.trim().toLowerCase(),
      network:
        n.mode === 'user'
          ? { mode: 'user' as const, forwards: forwardsFromRows(n.forwards) }
          : n.mode === 'bridge'
            ? { mode: 'bridge' as const, bridge: n.bridge.trim() }
            : { mode: 'private' as const, network: n.network.trim() },
    })),
    sharedFolders: d.sharedFolders.map((s) => ({ hostPath: s.hostPath.trim(), tag: s.tag.trim(), readOnly: s.readOnly })),
    serialPorts: d.serialPorts,
    consoleDevice: d.consoleDevice,
    display: d.display,
    balloon: d.balloon,
    guestAgent: d.guestAgent,
    // Blank lines are for reading; an argument is never empty.
    extraArgs: d.extraArgs
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  };
}

/** Structural equality of JSON values, whatever the key order the engine wrote them in. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** What this page's Apply would send: its fields that differ from the stored config. */
export function sectionPatch(section: SectionId, d: EditorDraft, base: VmConfig): VmConfigPatch {
  const values = configValues(d);
  const patch: Record<string, unknown> = {};
  for (const key of sectionDef(section).keys) {
    if (!sameValue(values[key], base[key])) patch[key] = values[key];
  }
  return patch;
}

export interface SectionCheck {
  patch: VmConfigPatch;
  dirty: boolean;
  /** Problems by config path: this page's own fields... */
  errors: Record<string, FieldIssue>;
  /** ...and those the change causes elsewhere (e.g. current memory needs the balloon). */
  otherErrors: FieldIssue[];
  ok: boolean;
}

/** The stored config with this page's changes, checked whole (cross-field rules included). */
export function checkSection(section: SectionId, d: EditorDraft, base: VmConfig): SectionCheck {
  const patch = sectionPatch(section, d, base);
  const dirty = Object.keys(patch).length > 0;
  if (!dirty) return { patch, dirty, errors: {}, otherErrors: [], ok: true };
  const parsed = check(vmConfig, { ...base, ...patch });
  if (parsed.ok) return { patch, dirty, errors: {}, otherErrors: [], ok: true };
  const errors: Record<string, FieldIssue> = {};
  const otherErrors: FieldIssue[] = [];
  // Text that is no number at all: the schema would only see NaN, so say what to type.
  for (const { path, example } of TYPED) {
    if (sectionOfPath(path) === section && Number.isNaN(typedNumber(d[path]))) {
      const m = says('details:editor.notANumber', { example });
      errors[path] = { path, message: m.text, key: m.key, params: m.params };
    }
  }
  const seen = new Set<string>(); // the first problem of each field, as the engine reports it
  for (const issue of parsed.issues) {
    if (seen.has(issue.path)) continue;
    seen.add(issue.path);
    if (sectionOfPath(issue.path) !== section) otherErrors.push(issue);
    else errors[issue.path] ??= issue;
  }
  return { patch, dirty, errors, otherErrors, ok: false };
}

/** Pages with unsaved changes. */
export function dirtySections(d: EditorDraft, base: VmConfig): SectionId[] {
  return SECTIONS.filter((s) => Object.keys(sectionPatch(s.id, d, base)).length > 0).map((s) => s.id);
}

const DRAFT_KEYS: Record<SectionId, (keyof EditorDraft)[]> = {
  overview: ['name', 'description', 'osId'],
  cpus: ['cpus', 'cpuModel', 'accel'],
  memory: ['memoryMiB', 'currentMemoryMiB'],
  machine: ['machine'],
  firmware: ['firmware'],
  boot: ['boot', 'bootMenu', 'kernelOn', 'kernel', 'initrd', 'append'],
  disks: ['disks'],
  cdroms: ['cdroms'],
  nics: ['nics'],
  shares: ['sharedFolders'],
  serial: ['serialPorts', 'consoleDevice'],
  display: ['display'],
  balloon: ['balloon'],
  agent: ['guestAgent'],
  extra: ['extraArgs'],
};

/**
 * The stored config changed (this editor saved, another window did, the engine applied a remedy):
 * pages without unsaved changes show the new values, pages being edited keep the person's edits.
 */
export function rebaseDraft(d: EditorDraft, oldBase: VmConfig, newBase: VmConfig): EditorDraft {
  const fresh = draftFromConfig(newBase);
  const dirty = new Set(dirtySections(d, oldBase));
  const out = { ...fresh } as Record<keyof EditorDraft, unknown>;
  for (const s of SECTIONS) {
    if (!dirty.has(s.id)) continue;
    for (const k of DRAFT_KEYS[s.id]) out[k] = d[k];
  }
  return out as unknown as EditorDraft;
}

/** Revert one page to the stored config. */
export function revertSection(d: EditorDraft, section: SectionId, base: VmConfig): EditorDraft {
  const fresh = draftFromConfig(base);
  const out = { ...d } as Record<keyof EditorDraft, unknown>;
  for (const k of DRAFT_KEYS[section]) out[k] = fresh[k];
  return out as unknown as EditorDraft;
}
