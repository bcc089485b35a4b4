// `qemu-system-x86_64 -accel help`: "Accelerators supported in QEMU binary:" then one name per
// line. This lists what the binary was built with, not what works here: "kvm" appears even
// without /dev/kvm, so it says nothing about KVM being usable (that is the host probe's job).

const HEADER = /^Accelerators\b.*:$/i;

export function parseAccelHelp(text: string): string[] {
  if (typeof text !== 'string') return [];
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim());
  const accels: string[] = [];
  // Read names under the header; should a future QEMU drop the header, read every line.
  let inList = !lines.some((l) => HEADER.test(l));
  for (const line of lines) {
    if (line.endsWith(':')) {
      inList = HEADER.test(line);
      continue;
    }
    // Names are single lower-case words (tcg, kvm, xen, hvf, whpx, nvmm); sentences fail this.
    if (!inList || !/^[a-z][a-z0-9_-]*$/.test(line) || accels.includes(line)) continue;
    accels.push(line);
  }
  return accels;
}
