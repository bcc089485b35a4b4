// vm.json upgrades, one step per schema version. Pure: takes parsed JSON, returns the current shape or
// throws a message that says what to do. Each step only adds or renames; nothing the user set is lost.
import { says, type Message } from '../../../shared/i18n/index.js';
import { SCHEMA_VERSION } from '../../../shared/model/vm-config.js';

type Json = Record<string, unknown>;

/** steps[n] turns version n into version n+1. */
const steps: Record<number, (old: Json) => Json> = {
  // Version 0: the development builds before schemaVersion existed. They had no accelerator setting
  // and no balloon; give them today's defaults.
  0: (old) => ({ accel: 'auto', balloon: true, extraArgs: [], ...old, schemaVersion: 1 }),
  // Version 2 (issue 2/6): a CPU model per VM, so a KVM abort can be fixed by choosing a safe one.
  // null keeps what version 1 ran: QEMU's default model.
  1: (old) => ({ cpuModel: null, ...old, schemaVersion: 2 }),
  // Version 3 (issue 3/6): the hardware editor. One CD-ROM becomes a list of drives, the first boot
  // device becomes a boot order, disks get bus/cache/read-only, user networking gets port forwards.
  // Everything a version 2 VM ran stays as it was (its VGA card becomes a VNC display).
  2: (old) => {
    const cdrom = old.cdrom as string | null | undefined;
    const { cdrom: _cdrom, ...rest } = old;
    return {
      description: '',
      osId: null,
      currentMemoryMiB: null,
      firmware: 'bios',
      kernel: null,
      serialPorts: 1,
      display: 'vnc',
      ...rest,
      cdroms: cdrom ? [{ file: cdrom, bus: 'ide' }] : [],
      boot: { order: old.boot === 'cdrom' ? ['cdrom', 'disk'] : ['disk', 'cdrom'], menu: false },
      disks: ((old.disks as Json[] | undefined) ?? []).map((d) => ({ cache: 'default', readOnly: false, ...d })),
      nics: ((old.nics as Json[] | undefined) ?? []).map((n) => ({ ...n, network: { forwards: [], ...(n.network as Json) } })),
      schemaVersion: 3,
    };
  },
  // Version 4 (issue 15): a virtio console can replace the serial port as the console. Every older VM
  // had its console on the first serial port, so it keeps it.
  3: (old) => ({ consoleDevice: 'serial', ...old, schemaVersion: 4 }),
  // Version 5 (issue 17, labs): shared folders, the guest agent's channel and lab membership. An older
  // VM keeps the hardware it ran with: no agent channel (its guest never had one), no shares, no lab.
  4: (old) => ({ sharedFolders: [], guestAgent: false, lab: null, ...old, schemaVersion: 5 }),
};

/** Why a vm.json cannot be used, as the VM list shows it. */
export class MigrationError extends Error {
  constructor(readonly said: Message) {
    super(said.text);
  }
}

export function migrateVmJson(raw: unknown): { value: Json; migratedFrom: number | null } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MigrationError(says('engine:store.notObject'));
  }
  let value = raw as Json;
  const version = value.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new MigrationError(says('engine:store.badVersion', { version: JSON.stringify(version) }));
  }
  if (version > SCHEMA_VERSION) {
    throw new MigrationError(says('engine:store.newer', { version, supported: SCHEMA_VERSION }));
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new MigrationError(says('engine:store.noUpgrade', { version: v }));
    value = step(value);
  }
  return { value, migratedFrom: version === SCHEMA_VERSION ? null : version };
}
