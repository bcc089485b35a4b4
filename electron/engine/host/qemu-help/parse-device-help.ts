// `qemu-system-x86_64 -device help`: sections headed "<Category> devices:", each line
// `name "NAME"[, bus BUS][, alias "ALIAS"][, desc "DESC"][, no-user]` (qdev_print_devinfo).
import type { QemuCapabilities } from '../../../../shared/model/index.js';

export type DeviceInfo = QemuCapabilities['devices'][number];

/** QEMU's own catch-all, also used for a device line that arrives before any header. */
const UNCATEGORIZED = 'Uncategorized devices';

/**
 * The category is the header without its colon ("Network devices"), as QEMU words it; QEMU files
 * some devices where one would not look (serial ports are "Input devices"). Devices marked
 * `no-user` cannot be given to -device, so they are left out.
 */
export function parseDeviceHelp(text: string): DeviceInfo[] {
  if (typeof text !== 'string') return [];
  const devices: DeviceInfo[] = [];
  let category = UNCATEGORIZED;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const header = /^(.+ devices):$/.exec(line);
    if (header?.[1]) {
      category = header[1];
      continue;
    }
    const device = parseDeviceLine(line, category);
    if (device) devices.push(device);
  }
  return devices;
}

function parseDeviceLine(line: string, category: string): DeviceInfo | null {
  const head = /^name "([^"]+)"/.exec(line);
  if (!head?.[1]) return null;
  const device: DeviceInfo = { name: head[1], category, bus: null, description: null, alias: null };
  let rest = line.slice(head[0].length);
  while (rest) {
    let m: RegExpExecArray | null;
    if ((m = /^, bus ([^,\s]+)/.exec(rest))) device.bus = m[1] ?? null;
    else if ((m = /^, alias "([^"]*)"/.exec(rest))) device.alias = m[1] || null;
    // The description is free text (commas, parentheses, even quotes) and comes last, before an
    // optional ", no-user": take everything up to the final quote.
    else if ((m = /^, desc "(.*)"(?=(?:, no-user)?$)/.exec(rest))) device.description = m[1] || null;
    else if (/^, no-user$/.test(rest)) return null;
    else break; // a field this parser does not know: keep what was read so far
    rest = rest.slice(m[0].length);
  }
  return device;
}
