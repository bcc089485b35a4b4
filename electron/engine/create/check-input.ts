// The checks creation (and editing) needs beyond the schema: do the named files exist, what format are
// the images, are the forwarded ports free, is the bridge usable, is the MAC free, does this QEMU
// know the machine type. Each failure says what to do.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api.js';
import type { QemuCapabilities, VmConfig } from '../../../shared/model/index.js';
import { imageInfo } from '../img/qemu-img.js';
import { checkBridge } from '../net/bridge-check.js';
import { forwardClashes, tcpPortFree } from '../net/port-check.js';

/**
 * Run a check and, if it fails, name the input field it is about (details.field, a dotted path like
 * "source.isoPath"), so the wizard shows the message next to that field.
 */
export async function atField<T>(field: string, check: () => T | Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (err) {
    if (err instanceof ApiError) {
      const details = typeof err.details === 'object' && err.details !== null ? err.details : {};
      throw new ApiError(err.code, err.message, { ...details, field });
    }
    throw err;
  }
}

export async function requireFile(file: string, what: string): Promise<void> {
  let st;
  try {
    st = await fs.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ApiError(
      'invalid',
      code === 'ENOENT' ? `${what} ${file} does not exist: check the path.` : `${what} ${file} cannot be read (${code}).`,
    );
  }
  if (!st.isFile()) throw new ApiError('invalid', `${what} ${file} is not a file: choose the file itself.`);
  await fs.access(file, fs.constants.R_OK).catch(() => {
    throw new ApiError('invalid', `${what} ${file} is not readable by this user: check its permissions.`);
  });
}

/** The format of each image, from qemu-img info (never trusted from the file name). */
export async function imageFormats(qemuImg: string, paths: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const p of paths) {
    await requireFile(p, 'The disk image');
    out[p] = (await imageInfo(qemuImg, p, { shared: true })).format;
  }
  return out;
}

/**
 * Port forwards of `config` against other VMs' forwards and against what already listens here. A
 * failure names the forward's field as `${fieldPrefix}<n>.hostPort` (n counts all the VM's forwards).
 */
export async function checkForwards(
  config: Pick<VmConfig, 'nics'>,
  others: VmConfig[],
  opts: { probeHost: boolean; fieldPrefix: string },
): Promise<void> {
  const forwardsOf = (c: Pick<VmConfig, 'nics'>) => c.nics.flatMap((n) => (n.network.mode === 'user' ? n.network.forwards : []));
  const mine = forwardsOf(config);
  const otherForwards = others.map((o) => ({ vmName: o.name, forwards: forwardsOf(o) }));
  for (const [i, f] of mine.entries()) {
    const field = `${opts.fieldPrefix}${i}.hostPort`;
    const clash = forwardClashes([f], otherForwards)[0];
    if (clash) throw new ApiError('conflict', `${clash} Choose another host port.`, { field });
    if (opts.probeHost && f.proto === 'tcp' && !(await tcpPortFree(f.hostPort))) {
      throw new ApiError(
        'conflict',
        `Host port ${f.hostPort} is already in use by another program on this host: choose another host port.`,
        { field },
      );
    }
  }
}

export async function checkBridges(config: Pick<VmConfig, 'nics'>): Promise<void> {
  for (const nic of config.nics) {
    if (nic.network.mode !== 'bridge') continue;
    const problems = await checkBridge(nic.network.bridge);
    if (problems.length) {
      throw new ApiError('invalid', problems.map((p) => `${p.message} ${p.fix}`).join('\n'), { problems });
    }
  }
}

export function checkMacs(config: Pick<VmConfig, 'id' | 'nics'>, others: VmConfig[]): void {
  for (const nic of config.nics) {
    const owner = others.find((o) => o.id !== config.id && o.nics.some((n) => n.mac === nic.mac));
    if (owner) throw new ApiError('conflict', `The MAC ${nic.mac} belongs to the VM "${owner.name}": leave it empty to get a new one.`);
  }
}

export function checkMachine(machine: string, caps: QemuCapabilities | null): void {
  if (!caps) return;
  if (!caps.machines.some((m) => m.name === machine)) {
    throw new ApiError('invalid', `This QEMU (${caps.version}) has no machine type "${machine}": pick one from its list (e.g. pc or q35).`);
  }
}

/** OVMF for a UEFI VM: the code to boot and the template of its own variable store. */
export function uefiFirmware(caps: QemuCapabilities | null): { code: string; varsTemplate: string } | null {
  const fw = caps?.firmware.filter((f) => f.kind === 'uefi' && f.varsTemplate) ?? [];
  // Plain OVMF first: Secure Boot builds need SMM and enrolled keys, which q35 guests opt into later.
  const pick = fw.find((f) => !f.secureBoot) ?? fw[0];
  return pick ? { code: pick.path, varsTemplate: pick.varsTemplate! } : null;
}

/** 52:54:00 + three random bytes, not used by any other VM of this user. */
export function uniqueMac(existing: VmConfig[]): string {
  const used = new Set(existing.flatMap((c) => c.nics.map((n) => n.mac)));
  for (;;) {
    const mac = `52:54:00:${[...crypto.randomBytes(3)].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
    if (!used.has(mac)) return mac;
  }
}
