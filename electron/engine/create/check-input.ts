// The checks creation (and editing) needs beyond the schema and the file policy: is the bridge usable,
// is the MAC free, does this QEMU know the machine type; and the firmware and MAC a new VM gets. Each
// failure says what to do.
import crypto from 'node:crypto';
import { ApiError } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { QemuCapabilities, VmConfig } from '../../../shared/model/index.js';
import { checkBridge } from '../net/bridge-check.js';
import { lines } from '../policy/messages.js';

export async function checkBridges(config: Pick<VmConfig, 'nics'>): Promise<void> {
  for (const nic of config.nics) {
    if (nic.network.mode !== 'bridge') continue;
    const problems = await checkBridge(nic.network.bridge);
    if (problems.length) {
      throw new ApiError('invalid', lines(problems.map((p) => says('files:net.problem', { problem: p.message, fix: p.fix }))), {
        problems,
      });
    }
  }
}

export function checkMacs(config: Pick<VmConfig, 'id' | 'nics'>, others: VmConfig[]): void {
  for (const nic of config.nics) {
    const owner = others.find((o) => o.id !== config.id && o.nics.some((n) => n.mac === nic.mac));
    if (owner) throw new ApiError('conflict', says('files:create.macTaken', { mac: nic.mac, vm: owner.name }));
  }
}

export function checkMachine(machine: string, caps: QemuCapabilities | null): void {
  if (!caps) return;
  if (!caps.machines.some((m) => m.name === machine)) {
    throw new ApiError('invalid', says('files:create.noMachine', { version: caps.version, machine }));
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
