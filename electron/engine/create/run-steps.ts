// Carries out a creation plan's file steps inside the (temporary) VM folder.
import fs from 'node:fs/promises';
import path from 'node:path';
import { convertImage, createImage, overlayArgs } from '../img/qemu-img.js';
import { run } from '../process/run.js';
import { ApiError } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { FileStep } from './plan-create.js';

export async function runSteps(
  qemuImg: string,
  dir: string,
  steps: FileStep[],
  onProgress: (title: Message, percent: number) => void,
): Promise<void> {
  for (const step of steps) {
    const file = path.join(dir, step.file);
    switch (step.kind) {
      case 'create':
        await createImage(qemuImg, file, step.format, step.sizeBytes);
        break;
      case 'convert': {
        const title = says('files:img.converting', { file: path.basename(step.src), format: 'qcow2' });
        await convertImage(qemuImg, { src: step.src, srcFormat: step.srcFormat, dst: file, dstFormat: 'qcow2' }, (p) =>
          onProgress(title, p),
        );
        break;
      }
      case 'overlay': {
        const res = await run(qemuImg, overlayArgs(file, step.base, step.baseFormat));
        if (res.code !== 0) throw new ApiError('qemu', says('files:img.overlay', { base: step.base, error: res.stderr.trim() }));
        break;
      }
      case 'copy':
        await fs.copyFile(step.src, file);
        await fs.chmod(file, 0o600); // the template is read-only; this VM's copy must be writable (by its owner only)
        break;
    }
  }
}
