// The commands the Monitor's hint line offers. The CD-ROM commands name this VM's own drive as QEMU
// calls it (cd0 on q35, ide1-cd0 on pc's IDE...): a guessed name only earns "Device not found". Pure.
import type { MonitorDrive } from '../../../shared/schemas/power-methods.js';

/** What a command does, as the console catalog's monitor.explain.<key> says it. */
export type MonitorExplain = 'infoStatus' | 'infoBlock' | 'infoNetwork' | 'change' | 'eject' | 'powerdown';

export interface MonitorCommand {
  /** What the hint shows: the command as typed, in every language. */
  text: string;
  /** What a click types (without Enter, so it can be completed). */
  typed: string;
  explain: MonitorExplain;
  /** The drive the command acts on, named in its explanation. */
  drive?: string;
}

const BEFORE: readonly MonitorCommand[] = [
  { text: 'info status', typed: 'info status', explain: 'infoStatus' },
  { text: 'info block', typed: 'info block', explain: 'infoBlock' },
  { text: 'info network', typed: 'info network', explain: 'infoNetwork' },
];
const AFTER: readonly MonitorCommand[] = [{ text: 'system_powerdown', typed: 'system_powerdown', explain: 'powerdown' }];

/** The hint's commands for these drives (null: not known yet, so no drive is named). */
export function monitorCommands(drives: readonly MonitorDrive[] | null): MonitorCommand[] {
  const cd = drives?.find((d) => d.kind === 'cdrom');
  const media: MonitorCommand[] = cd
    ? [
        { text: `change ${cd.device} /path/x.iso`, typed: `change ${cd.device} `, explain: 'change', drive: cd.device },
        { text: `eject ${cd.device}`, typed: `eject ${cd.device}`, explain: 'eject', drive: cd.device },
      ]
    : [];
  return [...BEFORE, ...media, ...AFTER];
}
