// Pure: what a lab is before any file is touched. A lab is N linked clones of one VM, named
// <lab>-1..<lab>-N, each with the lab's name in `lab` and a NIC on the private network of the same
// name (a lab is its own network: nothing to set up, and its VMs see each other and nothing else
// unless the NAT NIC is kept). The clones themselves are planned by planClone: one mechanism.
import type { Message } from '../../../shared/i18n/index.js';
import { says } from '../../../shared/i18n/index.js';
import type { NicConfig, VmConfig } from '../../../shared/model/index.js';
import { planClone, type ClonePlan } from '../clone/plan-clone.js';
import { list } from '../policy/messages.js';

export interface LabInput {
  lab: string;
  count: number;
  /** Keep the source's NAT NICs (without port forwards) beside the lab's private NIC. */
  keepNat: boolean;
}

/** <lab>-1 .. <lab>-N. */
export const labVmNames = (lab: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${lab}-${i + 1}`);

/** How many NICs each VM of the lab has: the NAT ones kept, and the private one. */
export const labNicCount = (src: VmConfig, keepNat: boolean): number => (keepNat ? natNics(src).length : 0) + 1;

/**
 * Why this lab cannot be made (empty: it can): a lab of that name already exists, or VMs already have
 * the lab's names. Checked before anything is written; the source's state and files are checked by
 * the clone's own checks.
 */
export function labRefusals(input: LabInput, all: readonly VmConfig[]): Message[] {
  const out: Message[] = [];
  const members = all.filter((c) => c.lab === input.lab).map((c) => c.name);
  if (members.length) out.push(says('labs:refuse.labExists', { lab: input.lab, vms: list(members) }));
  const taken = new Set(all.map((c) => c.name.toLowerCase()));
  const clash = labVmNames(input.lab, input.count).filter((n) => taken.has(n.toLowerCase()));
  if (clash.length) out.push(says('labs:refuse.namesTaken', { count: clash.length, names: list(clash) }));
  return out;
}

/** The lab VM's NICs: the source's NAT NICs if kept (no forwards: one host port, one VM), then the lab's network. */
export function labNics(src: VmConfig, lab: string, keepNat: boolean, macs: readonly string[]): NicConfig[] {
  const kept = keepNat ? natNics(src) : [];
  // The source's NIC model: its guest has the driver for it.
  const model = src.nics[0]?.model ?? 'virtio-net-pci';
  const nics: NicConfig[] = kept.map((n, i) => ({ model: n.model, mac: macs[i]!, network: { mode: 'user', forwards: [] } }));
  nics.push({ model, mac: macs[kept.length]!, network: { mode: 'private', network: lab } });
  return nics;
}

export interface LabVmInput {
  id: string;
  createdAt: string;
  /** labNicCount(src, keepNat) fresh MACs, none used by any other VM or another VM of the lab. */
  macs: string[];
}

/**
 * Each VM of the lab: a linked clone of src (srcPaths: the bases its overlays sit on) with the lab's
 * name, number and NICs.
 */
export function planLab(src: VmConfig, input: LabInput, srcPaths: string[], vms: readonly LabVmInput[]): ClonePlan[] {
  const names = labVmNames(input.lab, input.count);
  return names.map((name, k) => {
    const vm = vms[k]!;
    const plan = planClone(src, { id: vm.id, name, createdAt: vm.createdAt, mode: 'linked' }, srcPaths, vm.macs);
    plan.config.nics = labNics(src, input.lab, input.keepNat, vm.macs);
    plan.config.lab = input.lab;
    return plan;
  });
}

const natNics = (src: VmConfig) => src.nics.filter((n) => n.network.mode === 'user');
