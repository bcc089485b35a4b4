import { api } from '../../store/engine.js';
import { notify } from '../../store/notices.js';
import { describeError } from '../../lib/errors.js';
import { downloadBlob } from '../../lib/download.js';
import { pngBlob, screenshotFileName } from './screenshot-file.js';

/** The guest's screen as QEMU has it (screendump), saved as <vm>-<date>.png. */
export async function takeScreenshot(vmId: string, vmName: string): Promise<void> {
  try {
    const shot = await api().screenshot({ id: vmId });
    const fileName = screenshotFileName(vmName, new Date());
    downloadBlob(pngBlob(shot.pngBase64), fileName);
    notify({ tone: 'success', title: `Saved ${fileName}`, message: `${shot.width}×${shot.height} pixels` });
  } catch (err) {
    notify({ tone: 'error', title: `Could not take a screenshot of “${vmName}”`, message: describeError(err) });
  }
}
