// Pure: the commands making a lab runs, for the dialog to show before anything is done (VirtDesk
// teaches). The same steps as makeBases and writeClone, written as a person would type them; the base's
// name has six random hex digits, shown as XXXXXX.
import path from 'node:path';
import type { VmConfig } from '../../../shared/model/index.js';
import { formatCommand } from '../argv/shell-quote.js';
import type { ClonePlan } from '../clone/plan-clone.js';
import { convertArgs, overlayArgs } from '../img/qemu-img.js';

export interface LabCommandPaths {
  srcDir: string;
  basesDir: string;
  vmDir(id: string): string;
}

/**
 * The source's writable disks become read-only bases (moved to the bases folder when they are in its
 * folder) under a new overlay of its own: the bases' paths (as the lab's overlays will name them) and
 * the commands that make them.
 */
export function baseCommands(src: VmConfig, p: LabCommandPaths): { paths: string[]; commands: string[] } {
  const commands: string[] = [];
  const paths = src.disks.map((d) => {
    const file = path.resolve(p.srcDir, d.file);
    if (d.readOnly) return file;
    let base = file;
    if (path.dirname(file) === p.srcDir) {
      base = path.join(p.basesDir, `${src.id.slice(0, 8)}-XXXXXX-${path.basename(d.file)}`);
      commands.push(formatCommand('mv', [file, base]), formatCommand('chmod', ['400', base]));
    }
    const stem = path.basename(d.file).replace(/\.[^.]+$/, '');
    commands.push(formatCommand('qemu-img', overlayArgs(path.join(p.srcDir, `${stem}.qcow2`), base, d.format)));
    return base;
  });
  return { paths, commands };
}

/** Each lab VM's disks: an overlay on the base (a copy for a read-only disk kept in the source's folder). */
export function cloneCommands(plans: readonly ClonePlan[], vmDir: (id: string) => string): string[] {
  return plans.flatMap((plan) =>
    plan.disks.flatMap((d) => {
      const dst = d.kind === 'share' ? '' : path.join(vmDir(plan.config.id), d.file);
      if (d.kind === 'overlay') return [formatCommand('qemu-img', overlayArgs(dst, d.base, d.baseFormat))];
      if (d.kind === 'copy') return [formatCommand('qemu-img', convertArgs({ src: d.src, srcFormat: d.format, dst, dstFormat: d.format }))];
      return [];
    }),
  );
}
