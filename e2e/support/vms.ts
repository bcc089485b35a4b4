// The test guest (scripts/build-test-guest.sh) and the VM most specs set up through the API when the
// wizard is not what they test: it boots the guest's kernel straight away, with nothing attached.
import type { CreateVmInput } from '../../shared/api.js';
import { GUEST_INITRD, GUEST_KERNEL, kernelVm as guestKernelVm } from '../../electron/engine/test-support/guest.js';

export { GUEST_DIR, GUEST_ISO, requireGuest } from '../../electron/engine/test-support/guest.js';
export const KERNEL = GUEST_KERNEL;
export const INITRD = GUEST_INITRD;

/** The integration tests' kernel-boot VM with no network card: the specs add what they test (`overrides`). */
export const kernelVm = (name: string, overrides: Partial<CreateVmInput> = {}): CreateVmInput =>
  guestKernelVm(name, { network: { mode: 'none' }, ...overrides });
