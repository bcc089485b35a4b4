import type { ConsoleStream } from '../../../shared/api.js';
import type { VmConfig } from '../../../shared/model/index.js';

/** In the switcher's order; their names are the console catalog's stream.label and stream.noun. */
export const STREAMS: readonly ConsoleStream[] = ['serial0', 'monitor', 'vnc'];

export function isConsoleStream(value: unknown): value is ConsoleStream {
  return typeof value === 'string' && (STREAMS as readonly string[]).includes(value);
}

/**
 * The console a VM shows first: its serial port where it has one (it works without graphics and can be
 * copied from), else its screen, else the serial page that explains how to add a port.
 */
export function defaultStream(config: VmConfig | null): ConsoleStream {
  if (!config || config.serialPorts > 0) return 'serial0';
  return config.display === 'vnc' ? 'vnc' : 'serial0';
}
