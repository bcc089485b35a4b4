// The commands the Monitor's hint line offers. The CD-ROM commands name this VM's own drive as QEMU
// calls it (cd0 on q35, ide1-cd0 on pc's IDE...): a guessed name only earns "Device not found". Pure.
import type { MonitorDrive } from '../../../shared/schemas/power-methods.js';

export interface MonitorCommand {
  /** What the hint shows. */
  text: string;
  /** What a click types (without Enter, so it can be completed). */
  typed: string;
}

const BEFORE: readonly MonitorCommand[] = [
  { text: 'info status', typed: 'info status' },
  { text: 'info block', typed: 'info block' },
  { text: 'info network', typed: 'info network' },
];
const AFTER: readonly MonitorCommand[] = [{ text: 'system_powerdown', typed: 'system_powerdown' }];

/** The hint's commands for these drives (null: not known yet, so no drive is named). */
export function monitorCommands(drives: readonly MonitorDrive[] | null): MonitorCommand[] {
  const cd = drives?.find((d) => d.kind === 'cdrom');
  const media = cd
    ? [
        { text: `change ${cd.device} /path/x.iso`, typed: `change ${cd.device} ` },
        { text: `eject ${cd.device}`, typed: `eject ${cd.device}` },
      ]
    : [];
  return [...BEFORE, ...media, ...AFTER];
}
