import type { ConsoleStream } from '../../../shared/api.js';
import type { VmConfig } from '../../../shared/model/index.js';

/** In the switcher's order; their names are the console catalog's stream.label and stream.noun. */
export const STREAMS: readonly ConsoleStream[] = ['hvc0', 'serial0', 'monitor', 'vnc'];

/** The switcher's consoles for this VM: the virtio console only where the VM has one. */
export function streamsOf(config: VmConfig | null): ConsoleStream[] {
  return STREAMS.filter((s) => s !== 'hvc0' || config?.consoleDevice === 'virtio');
}

export function isConsoleStream(value: unknown): value is ConsoleStream {
  return typeof value === 'string' && (STREAMS as readonly string[]).includes(value);
}

/**
 * The console a VM shows first: its virtio console where it has one, its serial port where it has one (it works without graphics and can be
 * copied from), else its screen, else the serial page that explains how to add a port.
 */
export function defaultStream(config: VmConfig | null): ConsoleStream {
  // A guest booted with console=hvc0 prints its kernel messages and login prompt there.
  if (config?.consoleDevice === 'virtio') return 'hvc0';
  if (!config || config.serialPorts > 0) return 'serial0';
  return config.display === 'vnc' ? 'vnc' : 'serial0';
}
