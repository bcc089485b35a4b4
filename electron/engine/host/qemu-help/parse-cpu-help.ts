// `qemu-system-x86_64 -cpu help`: "Available CPUs:", one model per line, then "Recognized CPUID
// flags:" with flag words (ignored). QEMU up to 9.0 prints `x86 %-20s  %s`; 9.1 dropped the "x86"
// prefix and indents with two spaces instead (`  %-20s  %s`). Both are read.
import type { QemuCapabilities } from '../../../../shared/model/index.js';

export type CpuModelInfo = QemuCapabilities['cpus'][number];

const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;

/**
 * Descriptions are kept as QEMU prints them, including "(alias configured by machine type)",
 * "(alias of Broadwell-v3)" and a trailing "(deprecated)"; a model without one (e.g. "486-v1")
 * gets "".
 */
export function parseCpuHelp(text: string): CpuModelInfo[] {
  if (typeof text !== 'string') return [];
  const cpus: CpuModelInfo[] = [];
  const seen = new Set<string>();
  // Models come before any other section; a header other than "Available CPUs:" ends them, so the
  // flag lists (indented exactly like 9.1+ model lines) are never read as models.
  let inModels = true;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trimEnd();
    if (!line) continue;
    if (!/^\s/.test(line) && line.endsWith(':')) {
      inModels = /^Available CPUs:$/i.test(line);
      continue;
    }
    if (!inModels) continue;
    const m = /^(?:x86\s+|\s+)(\S+)(?:\s+(.*))?$/.exec(line);
    const name = m?.[1];
    if (!name || !NAME.test(name) || seen.has(name)) continue;
    seen.add(name);
    cpus.push({ name, description: (m[2] ?? '').trim() });
  }
  return cpus;
}
