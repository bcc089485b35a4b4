// A stored VM definition (schema v3) for unit tests.
import { SCHEMA_VERSION, type VmConfig } from '../../shared/model/index.js';

export const testConfig: VmConfig = {
  schemaVersion: SCHEMA_VERSION,
  id: '0b6f7c1e-7a55-4c57-9a5e-2f3b1a7d9e10',
  name: 'web',
  description: '',
  osId: 'debian12',
  createdAt: '2025-01-02T03:04:05.000Z',
  machine: 'q35',
  accel: 'auto',
  cpuModel: null,
  memoryMiB: 2048,
  currentMemoryMiB: null,
  cpus: 2,
  firmware: 'bios',
  boot: { order: ['cdrom', 'disk'], menu: false },
  kernel: null,
  disks: [{ file: 'disk0.qcow2', format: 'qcow2', bus: 'virtio', cache: 'default', readOnly: false }],
  cdroms: [{ file: '/isos/debian.iso', bus: 'sata' }],
  nics: [
    {
      model: 'virtio-net-pci',
      mac: '52:54:00:12:34:56',
      network: { mode: 'user', forwards: [{ proto: 'tcp', hostPort: 2222, guestPort: 22 }] },
    },
  ],
  serialPorts: 1,
  consoleDevice: 'serial',
  display: 'none',
  balloon: true,
  sharedFolders: [],
  guestAgent: false,
  lab: null,
  extraArgs: [],
};
