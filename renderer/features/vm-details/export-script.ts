import { api } from '../../store/engine.js';
import { notify } from '../../store/notices.js';
import { describeError } from '../../lib/errors.js';
import { downloadBlob } from '../../lib/download.js';

/**
 * Downloads the VM's start script. A Blob link works the same in a browser and in Electron (which
 * shows its save dialog for downloads), so no engine file dialog is needed.
 */
export async function exportScript(id: string, name: string): Promise<void> {
  try {
    const { fileName, script } = await api().exportScript({ id });
    downloadBlob(new Blob([script], { type: 'text/x-shellscript' }), fileName);
    notify({ tone: 'success', title: `Saved ${fileName}`, message: 'Run it with sh to start the VM without VirtDesk.' });
  } catch (err) {
    notify({ tone: 'error', title: `Could not export “${name}” as a script`, message: describeError(err) });
  }
}
