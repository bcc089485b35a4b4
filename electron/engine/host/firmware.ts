// Which guest firmware (SeaBIOS, OVMF/UEFI) is installed. First QEMU's firmware descriptors
// (docs/interop/firmware.json: the distribution says what each file is), then well-known paths
// for what descriptors do not cover (Debian ships none for SeaBIOS) or when there are none at all.
// Only files that exist are listed.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { QemuCapabilities } from '../../../shared/model/index.js';

export type Firmware = QemuCapabilities['firmware'][number];

/** A file to look for when no descriptor names it. */
export interface WellKnownFirmware {
  kind: Firmware['kind'];
  name: string;
  path: string;
  varsTemplate: string | null;
  secureBoot: boolean;
}

export interface FirmwareSearch {
  /** Descriptor folders, highest priority first (a file name in an earlier folder hides the same name later). */
  descriptorDirs: string[];
  wellKnown: WellKnownFirmware[];
}

/** The folders QEMU's firmware.json names, in its priority order: user, sysadmin, distribution. */
export function defaultDescriptorDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const configHome = env.XDG_CONFIG_HOME || path.join(env.HOME || os.homedir(), '.config');
  return [path.join(configHome, 'qemu/firmware'), '/etc/qemu/firmware', '/usr/share/qemu/firmware'];
}

// Debian/Ubuntu paths (packages seabios and ovmf), plus the upstream `make install` location.
export const WELL_KNOWN_FIRMWARE: WellKnownFirmware[] = [
  { kind: 'bios', name: 'SeaBIOS', path: '/usr/share/seabios/bios-256k.bin', varsTemplate: null, secureBoot: false },
  { kind: 'bios', name: 'SeaBIOS (128 KiB)', path: '/usr/share/seabios/bios.bin', varsTemplate: null, secureBoot: false },
  { kind: 'bios', name: 'SeaBIOS', path: '/usr/share/qemu/bios-256k.bin', varsTemplate: null, secureBoot: false },
  {
    kind: 'uefi',
    name: 'OVMF (UEFI)',
    path: '/usr/share/OVMF/OVMF_CODE_4M.fd',
    varsTemplate: '/usr/share/OVMF/OVMF_VARS_4M.fd',
    secureBoot: false,
  },
  {
    kind: 'uefi',
    name: 'OVMF (UEFI, Secure Boot, Microsoft keys enrolled)',
    path: '/usr/share/OVMF/OVMF_CODE_4M.secboot.fd',
    varsTemplate: '/usr/share/OVMF/OVMF_VARS_4M.ms.fd',
    secureBoot: true,
  },
  // One image holding code and variables: used read-only, so variables are not kept across boots.
  { kind: 'uefi', name: 'OVMF (UEFI, single image)', path: '/usr/share/ovmf/OVMF.fd', varsTemplate: null, secureBoot: false },
];

export function defaultFirmwareSearch(): FirmwareSearch {
  return { descriptorDirs: defaultDescriptorDirs(), wellKnown: WELL_KNOWN_FIRMWARE };
}

export async function findFirmware(search: Partial<FirmwareSearch> = {}): Promise<Firmware[]> {
  const { descriptorDirs, wellKnown } = { ...defaultFirmwareSearch(), ...search };
  const found: Firmware[] = [];
  const seen = new Set<string>();
  const add = async (fw: Firmware) => {
    // Compare real paths: Debian's descriptors name OVMF_CODE_4M.ms.fd, a symlink to the
    // .secboot.fd a well-known entry names.
    const code = await realFile(fw.path);
    const vars = fw.varsTemplate === null ? null : await realFile(fw.varsTemplate);
    if (!code || (fw.varsTemplate !== null && !vars)) return;
    const key = `${code}\0${vars ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(fw);
  };
  for (const file of await descriptorFiles(descriptorDirs)) {
    const fw = firmwareFromDescriptor(await readJson(file), path.basename(file));
    if (fw) await add(fw);
  }
  for (const fw of wellKnown) await add({ ...fw });
  return found;
}

/**
 * One descriptor -> one entry, or null when it is not x86_64 BIOS/UEFI firmware this can use.
 * Pure: the caller checks that the files exist.
 */
export function firmwareFromDescriptor(json: unknown, fileName: string): Firmware | null {
  if (!isObject(json)) return null;
  const interfaces = strings(json['interface-types']);
  const kind = interfaces.includes('uefi') ? 'uefi' : interfaces.includes('bios') ? 'bios' : null;
  if (!kind) return null;
  const targets = Array.isArray(json.targets) ? json.targets : [];
  if (!targets.some((t) => isObject(t) && t.architecture === 'x86_64')) return null;
  const mapping = isObject(json.mapping) ? json.mapping : {};
  let code: unknown;
  let vars: unknown = null;
  if (mapping.device === 'flash') {
    code = isObject(mapping.executable) ? mapping.executable.filename : undefined;
    // "combined" and "stateless" flash images have no separate variable store template.
    vars = isObject(mapping['nvram-template']) ? mapping['nvram-template'].filename : null;
  } else if (mapping.device === 'memory') {
    code = mapping.filename; // loaded with -bios, like SeaBIOS
  } else {
    return null; // "kernel" (-kernel) and "igvm" firmware are not something a user picks as a BIOS
  }
  if (typeof code !== 'string' || !path.isAbsolute(code)) return null;
  if (vars !== null && (typeof vars !== 'string' || !path.isAbsolute(vars))) return null;
  const description = typeof json.description === 'string' && json.description.trim();
  return {
    kind,
    name: description || fileName.replace(/\.json$/, ''),
    path: code,
    varsTemplate: vars,
    secureBoot: strings(json.features).includes('secure-boot'),
  };
}

/**
 * The descriptor files to read, in priority order: sorted by file name across all folders, where a
 * name in a higher-priority folder replaces the same name lower down, and an empty file there
 * hides it altogether (both as QEMU's firmware.json specifies).
 */
async function descriptorFiles(dirs: string[]): Promise<string[]> {
  const byName = new Map<string, string | null>();
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      continue; // a folder that does not exist is the usual case, not an error
    }
    for (const name of names) {
      if (!name.endsWith('.json') || byName.has(name)) continue;
      const file = path.join(dir, name);
      const size = await fs.stat(file).then(
        (s) => (s.isFile() ? s.size : -1),
        () => -1,
      );
      if (size < 0) continue;
      byName.set(name, size === 0 ? null : file);
    }
  }
  return [...byName.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([, file]) => (file ? [file] : []));
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return null; // a broken descriptor is skipped, like QEMU's consumers (libvirt) do
  }
}

async function realFile(file: string): Promise<string | null> {
  try {
    const real = await fs.realpath(file);
    return (await fs.stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
