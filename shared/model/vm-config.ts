// The VM definition as stored in <data>/vms/<id>/vm.json: types derived from the schemas in
// shared/schemas/vm-config.ts (the one source; the field documentation lives there).
import type { z } from 'zod';
import type {
  bootDevice,
  cdromConfig,
  diskBus,
  diskConfig,
  diskFormat,
  kernelBoot,
  networkConfig,
  nicConfig,
  nicModel,
  vmConfigShape,
} from '../schemas/vm-config.js';
import type { accel, portForward } from '../schemas/fields.js';

export { SCHEMA_VERSION } from '../schemas/vm-config.js';

export type Accel = z.output<typeof accel>;
export type DiskFormat = z.output<typeof diskFormat>;
export type DiskBus = z.output<typeof diskBus>;
/** QEMU's cache= modes; "default" leaves QEMU's choice (writeback). */
export type CacheMode = DiskConfig['cache'];
export type NicModel = z.output<typeof nicModel>;
export type BootDevice = z.output<typeof bootDevice>;
export type DiskConfig = z.output<typeof diskConfig>;
export type CdromConfig = z.output<typeof cdromConfig>;
export type PortForward = z.output<typeof portForward>;
export type NetworkConfig = z.output<typeof networkConfig>;
export type NicConfig = z.output<typeof nicConfig>;
export type KernelBoot = z.output<typeof kernelBoot>;
export type VmConfig = z.output<typeof vmConfigShape>;
