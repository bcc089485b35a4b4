// A HostInfo for unit tests: 4 threads and 8 GiB, KVM usable.
import { says } from '../../shared/i18n/index.js';
import type { HostInfo } from '../../shared/model/index.js';

export const testHost: HostInfo = {
  arch: 'x86_64',
  cpuThreads: 4,
  memTotalMiB: 8192,
  memAvailableMiB: 6000,
  cpu: { vendor: 'GenuineIntel', model: 'Intel Core', virtFlag: 'vmx' },
  kvm: {
    usable: true,
    detail: says('host:kvm.usable'),
    device: 'ok',
    apiVersion: 12,
    modules: ['kvm', 'kvm_intel'],
    nested: false,
    isGuest: false,
    selfTest: null,
  },
  qemu: {
    system: '/usr/bin/qemu-system-x86_64',
    img: '/usr/bin/qemu-img',
    version: '8.2.2',
    imgVersion: '8.2.2',
    accelerators: ['tcg', 'kvm'],
    virtiofsd: '/usr/lib/qemu/virtiofsd',
  },
  disk: { path: '/tmp/x', freeBytes: 10 ** 11, totalBytes: 10 ** 12 },
  checks: [],
  overall: { mode: 'kvm', title: says('host:overall.kvm.title'), detail: says('host:overall.kvm.detail') },
  dataDir: '/tmp/x',
};
