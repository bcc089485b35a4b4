// Where each disk and CD-ROM plugs in: the controller it needs and its bus address. Pure.
//
// pc (i440FX) has a legacy IDE controller with two buses of two units; the course's names come from
// it (the first CD-ROM is ide1-cd0, so "change ide1-cd0 file.iso" in the monitor works as typed).
// SATA on pc needs an AHCI controller; q35 has one built in (its ports are buses ide.0 .. ide.5) and
// no legacy IDE, so "ide" there means an AHCI port too. SCSI gets one virtio-scsi controller.
import { says, type Message } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';

export interface Placement {
  /** -device values for controllers the devices below need. */
  controllers: string[];
  /** -device value per disk (without bootindex); undefined where no slot was left. */
  disks: Array<string | undefined>;
  /** Per CD-ROM: its block backend id (for HMP/QMP) and -device value (its qdev id is cdrom<n>). */
  cdroms: Array<{ driveId: string; device: string } | undefined>;
  errors: Message[];
}

const IDE_SLOTS_FOR_DISKS: Array<[number, number]> = [
  [0, 0],
  [0, 1],
  [1, 1],
  [1, 0],
];
const IDE_SLOTS_FOR_CDROMS: Array<[number, number]> = [
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
const AHCI_PORTS = 6;

export const isQ35 = (machine: string) => /q35/.test(machine);

export function placeStorage(vm: VmConfig): Placement {
  const q35 = isQ35(vm.machine);
  const out: Placement = { controllers: [], disks: [], cdroms: [], errors: [] };
  const usedIde = new Set<string>();
  let ahciPort = 0;
  const needs = (bus: string) => vm.disks.some((d) => d.bus === bus) || vm.cdroms.some((c) => c.bus === bus);

  // On pc, SATA means an AHCI controller of our own; on q35 it is the built-in one (bus "ide").
  const ahciBus = q35 ? 'ide' : 'ahci0';
  if (!q35 && needs('sata')) out.controllers.push('ahci,id=ahci0');
  if (needs('scsi')) out.controllers.push('virtio-scsi-pci,id=scsi0');

  const ideSlot = (prefs: Array<[number, number]>): [number, number] | null => {
    const slot = prefs.find(([b, u]) => !usedIde.has(`${b}:${u}`));
    if (slot) usedIde.add(`${slot[0]}:${slot[1]}`);
    return slot ?? null;
  };
  const nextAhciPort = (): number | null => (ahciPort < AHCI_PORTS ? ahciPort++ : null);
  const tooMany = (what: string, list: unknown[]) => {
    list.push(undefined); // keep the lists aligned with the VM's disks and CD-ROMs
    out.errors.push(says('files:argv.tooManyDevices', { bus: what }));
  };

  vm.disks.forEach((d, i) => {
    const drive = `drive=disk${i}`;
    if (d.bus === 'virtio') return out.disks.push(`virtio-blk-pci,${drive},id=virtio-disk${i}`);
    if (d.bus === 'scsi') return out.disks.push(`scsi-hd,${drive},bus=scsi0.0,id=scsi-disk${i}`);
    if (d.bus === 'ide' && !q35) {
      const slot = ideSlot(IDE_SLOTS_FOR_DISKS);
      if (!slot) return tooMany('IDE', out.disks);
      return out.disks.push(`ide-hd,${drive},bus=ide.${slot[0]},unit=${slot[1]},id=ide${slot[0]}-hd${slot[1]}`);
    }
    const port = nextAhciPort();
    if (port === null) return tooMany('SATA', out.disks);
    out.disks.push(`ide-hd,${drive},bus=${ahciBus}.${port},id=sata-disk${i}`);
  });

  vm.cdroms.forEach((cd, i) => {
    const id = `cdrom${i}`;
    if (cd.bus === 'scsi') {
      return out.cdroms.push({ driveId: `cd${i}`, device: `scsi-cd,drive=cd${i},bus=scsi0.0,id=${id}` });
    }
    if (cd.bus === 'ide' && !q35) {
      const slot = ideSlot(IDE_SLOTS_FOR_CDROMS);
      if (!slot) return tooMany('IDE', out.cdroms);
      const driveId = `ide${slot[0]}-cd${slot[1]}`;
      return out.cdroms.push({ driveId, device: `ide-cd,drive=${driveId},bus=ide.${slot[0]},unit=${slot[1]},id=${id}` });
    }
    const port = nextAhciPort();
    if (port === null) return tooMany('SATA', out.cdroms);
    out.cdroms.push({ driveId: `cd${i}`, device: `ide-cd,drive=cd${i},bus=${ahciBus}.${port},id=${id}` });
  });
  return out;
}
