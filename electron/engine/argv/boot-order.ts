import type { VmConfig } from '../../../shared/model/index.js';

/** bootindex per device, from the VM's boot order (device classes in order, devices in order). Pure. */
export interface BootIndexes {
  disks: Array<number | undefined>;
  cdroms: Array<number | undefined>;
  nics: Array<number | undefined>;
}

export function bootIndexes(vm: VmConfig): BootIndexes {
  const out: BootIndexes = { disks: [], cdroms: [], nics: [] };
  // Direct kernel boot bypasses the firmware's boot order entirely.
  if (vm.kernel) return out;
  let next = 1;
  for (const kind of vm.boot.order) {
    if (kind === 'disk') vm.disks.forEach((_, i) => (out.disks[i] = next++));
    if (kind === 'cdrom') vm.cdroms.forEach((_, i) => (out.cdroms[i] = next++));
    if (kind === 'network') vm.nics.forEach((_, i) => (out.nics[i] = next++));
  }
  return out;
}
