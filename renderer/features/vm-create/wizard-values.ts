// The New VM wizard's form state and its translation into the engine's CreateVmInput. Pure, so the
// rules (OS defaults, host bounds, what the source implies for storage) are unit tested.
import type { CreateVmInput, InstallSource, NetworkChoice, OsInfo, StorageChoice } from '../../../shared/api.js';
import type { Accel, HostInfo, NicModel } from '../../../shared/model/index.js';
import { decimalSeparator, parseDecimal, type Language } from '../../../shared/i18n/index.js';
import { type ForwardRow, forwardsFromRows } from '../../forms/forward-rows.js';

export type SourceKind = InstallSource['kind'];
export type ImportMode = Extract<InstallSource, { kind: 'import' }>['mode'];

/**
 * Text for every typed field, so a half-typed or empty number is representable and gets a message.
 * Numbers are read in the person's language ("1,5" in French): see toNumber.
 */
export interface WizardValues {
  sourceKind: SourceKind;
  isoPath: string;
  importPath: string;
  importMode: ImportMode;
  kernel: string;
  initrd: string;
  append: string;
  /** The console device; the proposed kernel command line follows it (console=ttyS0 or hvc0). */
  consoleDevice: 'serial' | 'virtio';
  /** The QEMU guest agent's channel (on by default, as the engine's default). */
  guestAgent: boolean;
  /** Detected or picked; null = not known yet (the engine then detects it from the ISO itself). */
  osId: string | null;
  memoryMiB: string;
  cpus: string;
  accel: Accel;
  storageKind: StorageChoice['kind'];
  diskGiB: string;
  diskFormat: 'qcow2' | 'raw';
  diskPath: string;
  name: string;
  description: string;
  netMode: NetworkChoice['mode'];
  forwards: ForwardRow[];
  bridge: string;
  /** The private network's name (netMode 'private'). */
  privateNetwork: string;
  /** null = the OS's recommended model. */
  nicModel: NicModel | null;
  mac: string;
  /** Fields the person typed into: OS defaults no longer overwrite them. */
  userSet: Partial<Record<'memoryMiB' | 'cpus' | 'diskGiB' | 'name', true>>;
}

/** The kernel command line the wizard proposes: the console the guest should print on. */
export const proposedAppend = (device: WizardValues['consoleDevice']): string => (device === 'virtio' ? 'console=hvc0' : 'console=ttyS0');

/**
 * Choosing the console device: the proposed kernel command line follows it, as long as it is still
 * the proposal; a command line the person wrote is theirs and stays as it is.
 */
export function withConsoleDevice(values: WizardValues, device: WizardValues['consoleDevice']): WizardValues {
  const append = values.append.trim() === proposedAppend(values.consoleDevice) ? proposedAppend(device) : values.append;
  return { ...values, consoleDevice: device, append };
}

/** A host with less than this is "small": a VM gets at most half of its memory by default. */
const SMALL_SHARE = 0.5;
/** Above this share of the host's memory the wizard warns (the host may swap). */
export const MEMORY_WARN_SHARE = 0.8;

export function initialValues(host: HostInfo | null): WizardValues {
  return {
    sourceKind: 'iso',
    isoPath: '',
    importPath: '',
    importMode: 'convert',
    kernel: '',
    initrd: '',
    append: proposedAppend('serial'),
    consoleDevice: 'serial',
    guestAgent: true,
    osId: null,
    memoryMiB: String(boundedMemory(2048, host)),
    cpus: String(boundedCpus(2, host)),
    accel: 'auto',
    storageKind: 'new',
    diskGiB: '20',
    diskFormat: 'qcow2',
    diskPath: '',
    name: '',
    description: '',
    netMode: 'user',
    forwards: [],
    bridge: '',
    privateNetwork: '',
    nicModel: null,
    mac: '',
    userSet: {},
  };
}

/** An OS default that fits this host: at most half its memory (in 256 MiB steps), at least 256 MiB. */
export function boundedMemory(wanted: number, host: HostInfo | null): number {
  if (!host) return wanted;
  if (wanted <= host.memTotalMiB * MEMORY_WARN_SHARE) return wanted;
  const half = Math.floor((host.memTotalMiB * SMALL_SHARE) / 256) * 256;
  return Math.max(256, Math.min(wanted, half));
}

export function boundedCpus(wanted: number, host: HostInfo | null): number {
  return host ? Math.max(1, Math.min(wanted, host.cpuThreads)) : wanted;
}

/**
 * The OS was detected or picked: take its defaults for what the person has not typed themselves, and
 * suggest a name from it (virt-manager does the same: "debian12", "debian12-2" ...).
 */
export function applyOs(values: WizardValues, os: OsInfo, host: HostInfo | null, takenNames: string[], lng: Language): WizardValues {
  const d = os.defaults;
  const next: WizardValues = { ...values, osId: os.id };
  if (!values.userSet.memoryMiB) next.memoryMiB = numberText(boundedMemory(d.memoryMiB, host), lng);
  if (!values.userSet.cpus) next.cpus = numberText(boundedCpus(d.cpus, host), lng);
  if (!values.userSet.diskGiB) next.diskGiB = numberText(d.diskGiB, lng);
  if (!values.userSet.name) next.name = suggestName(os.id === 'generic' ? baseName(sourcePath(values)) : os.id, takenNames);
  return next;
}

/** Switching the install source: an imported image is the disk already, so no second new disk. */
export function withSourceKind(values: WizardValues, kind: SourceKind): WizardValues {
  if (kind === values.sourceKind) return values;
  const storageKind =
    kind === 'import' ? 'none' : values.sourceKind === 'import' && values.storageKind === 'none' ? 'new' : values.storageKind;
  return { ...values, sourceKind: kind, storageKind };
}

export function sourcePath(values: WizardValues): string {
  switch (values.sourceKind) {
    case 'iso':
      return values.isoPath.trim();
    case 'import':
      return values.importPath.trim();
    case 'kernel':
      return values.kernel.trim();
    case 'pxe':
      return '';
  }
}

function baseName(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.replace(/\.(iso|img|qcow2|raw|vmdk|vdi)$/i, '');
}

/** A valid, unused VM name from an OS id or file name; "vm" when nothing usable is left. */
export function suggestName(from: string, takenNames: string[]): string {
  const cleaned = from
    .replace(/[^\p{L}\p{N} ._,+()-]/gu, '-')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .slice(0, 56);
  const base = cleaned || 'vm';
  const taken = new Set(takenNames.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A typed number in the person's language ("1,5" in French, "1.5" in both). Empty text is "missing"
 * (undefined), not 0, and text that is no number is NaN: either way the schema says what to type.
 */
export function toNumber(text: string, lng: Language): number | undefined {
  const t = text.trim();
  return t === '' ? undefined : (parseDecimal(t, lng) ?? NaN);
}

/**
 * A number put into a field, as the person would type it: "1,5" in French. No digit grouping ("2048",
 * not "2,048"), which English would read back as no number.
 */
export const numberText = (n: number, lng: Language): string => String(n).replace('.', decimalSeparator(lng));

function source(v: WizardValues): InstallSource {
  switch (v.sourceKind) {
    case 'iso':
      return { kind: 'iso', isoPath: v.isoPath.trim() };
    case 'import':
      return { kind: 'import', path: v.importPath.trim(), mode: v.importMode };
    case 'kernel':
      return { kind: 'kernel', kernel: v.kernel.trim(), initrd: v.initrd.trim() || null, append: v.append.trim() };
    case 'pxe':
      return { kind: 'pxe' };
  }
}

function storage(v: WizardValues, lng: Language): StorageChoice {
  if (v.storageKind === 'new') return { kind: 'new', sizeGiB: toNumber(v.diskGiB, lng) as number, format: v.diskFormat };
  if (v.storageKind === 'existing') return { kind: 'existing', path: v.diskPath.trim() };
  return { kind: 'none' };
}

function network(v: WizardValues): NetworkChoice {
  if (v.netMode === 'none') return { mode: 'none' };
  const out: NetworkChoice = { mode: v.netMode };
  if (v.netMode === 'user') out.forwards = forwardsFromRows(v.forwards);
  if (v.netMode === 'bridge') out.bridge = v.bridge.trim();
  if (v.netMode === 'private') out.network = v.privateNetwork.trim();
  if (v.nicModel) out.model = v.nicModel;
  // MACs are lower case in QEMU's and libvirt's notation; accept what a person copies from elsewhere.
  const mac = v.mac.trim().toLowerCase();
  if (mac) out.mac = mac;
  return out;
}

/**
 * The input as create() wants it, before validation: numbers may still be undefined or NaN, which
 * the shared schema then explains field by field. `lng`: the language the numbers were typed in.
 */
export function toCreateInput(v: WizardValues, lng: Language): CreateVmInput {
  const input: CreateVmInput = {
    name: v.name,
    osId: v.osId,
    source: source(v),
    memoryMiB: toNumber(v.memoryMiB, lng) as number,
    cpus: toNumber(v.cpus, lng) as number,
    accel: v.accel,
    storage: storage(v, lng),
    network: network(v),
  };
  // Only when it differs from the engine's default, so a plain VM's input stays as it was.
  if (v.consoleDevice === 'virtio') input.consoleDevice = 'virtio';
  if (!v.guestAgent) input.guestAgent = false;
  const description = v.description.trim();
  if (description) input.description = description;
  return input;
}
