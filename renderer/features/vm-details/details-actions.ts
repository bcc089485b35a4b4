// The VM page's engine calls: saving settings, adding a new disk, the command line and the script.
import type { ArgExplanation, DiskBus } from '../../../shared/model/index.js';
import type { VmApi, VmConfigPatch } from '../../../shared/api.js';
import { api } from '../../api/client.js';
import { i18n } from '../../i18n/i18n.js';
import { describeError } from '../../lib/errors.js';
import { downloadBlob } from '../../lib/download.js';
import { notify } from '../../store/notices.js';
import { applyResult } from '../../store/vms.js';

export type UpdateResult = Awaited<ReturnType<VmApi['update']>>;

/** Saves a change of settings; throws the ApiError, for the page to show beside its fields. */
export async function updateVm(id: string, patch: VmConfigPatch): Promise<UpdateResult> {
  const result = await api().update({ id, patch });
  applyResult(result.vm);
  return result;
}

/**
 * The engine makes the empty image in the VM's folder and adds it in one step, so there is never an
 * image without a VM or a VM pointing at no image. Throws the ApiError, for the panel to show.
 */
export async function addNewDisk(id: string, sizeGiB: number, format: 'qcow2' | 'raw', bus: DiskBus): Promise<void> {
  const result = await api().addDisk({ id, sizeGiB, format, bus });
  applyResult(result.vm);
  notify({
    tone: 'success',
    title: i18n.t(result.pendingRestart.length ? 'details:disks.createdLater' : 'details:disks.created'),
  });
}

/** The qemu-system-x86_64 command VirtDesk runs for this VM, with the settings saved now. */
/** The command and what each of its options does. */
export async function commandLine(id: string): Promise<{ text: string; explained: ArgExplanation[] }> {
  return api().commandLine({ id });
}

/**
 * Downloads the VM's start script. A Blob link works the same in a browser and in Electron (which
 * shows its save dialog for downloads), so no engine file dialog is needed.
 */
export async function exportScript(id: string, name: string): Promise<void> {
  try {
    const { fileName, script } = await api().exportScript({ id });
    downloadBlob(new Blob([script], { type: 'text/x-shellscript' }), fileName);
    notify({ tone: 'success', title: i18n.t('details:script.saved', { file: fileName }), message: i18n.t('details:script.savedHint') });
  } catch (err) {
    notify({ tone: 'error', title: i18n.t('details:script.failed', { name }), message: describeError(err) });
  }
}
