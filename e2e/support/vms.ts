// The test guest (scripts/build-test-guest.sh) and the VM most specs set up through the API when the
// wizard is not what they test: it boots the guest's kernel straight away, with nothing attached.
import path from 'node:path';
import type { CreateVmInput } from '../../shared/api.js';

export const GUEST_DIR = path.resolve('.cache/test-guest');
export const GUEST_ISO = path.join(GUEST_DIR, 'guest.iso');
export const KERNEL = path.join(GUEST_DIR, 'vmlinuz');
export const INITRD = path.join(GUEST_DIR, 'initrd.img');

/** A small emulated VM that boots the test guest's kernel on its serial port; `overrides` add the rest. */
export function kernelVm(name: string, overrides: Partial<CreateVmInput> = {}): CreateVmInput {
  return {
    name,
    memoryMiB: 256,
    cpus: 1,
    accel: 'tcg',
    display: 'none',
    network: { mode: 'none' },
    storage: { kind: 'none' },
    source: { kind: 'kernel', kernel: KERNEL, initrd: INITRD, append: 'console=ttyS0' },
    ...overrides,
  };
}
