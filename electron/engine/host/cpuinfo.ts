/** What /proc/cpuinfo says about virtualization (first processor; they agree on these). Pure. */
export interface CpuFacts {
  vendor: string | null;
  model: string | null;
  virtFlag: 'vmx' | 'svm' | null;
  /** The "hypervisor" flag: this host is itself a virtual machine. */
  isGuest: boolean;
}

export function parseCpuinfo(text: string): CpuFacts {
  const field = (name: string) => new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim() || null;
  const flags = new Set((field('flags') ?? '').split(/\s+/));
  return {
    vendor: field('vendor_id'),
    model: field('model name'),
    virtFlag: flags.has('vmx') ? 'vmx' : flags.has('svm') ? 'svm' : null,
    isGuest: flags.has('hypervisor'),
  };
}
