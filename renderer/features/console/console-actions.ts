// The consoles' engine calls. The bytes themselves never pass here: openConsole hands out a relay URL
// that xterm.js or noVNC connects to.
import type { ConsoleStream, VmConfigPatch } from '../../../shared/api.js';
import type { VmSummary } from '../../../shared/model/index.js';
import type { MonitorDrive } from '../../../shared/schemas/power-methods.js';
import { api, consoleUrlOf } from '../../api/client.js';
import { describeError } from '../../lib/errors.js';
import { i18n } from '../../i18n/i18n.js';
import { downloadBlob } from '../../lib/download.js';
import { notify } from '../../store/notices.js';
import { updateVm } from '../vm-details/details-actions.js';
import { pngBlob, screenshotFileName } from './screenshot-file.js';
import type { KeyCombo } from './send-keys.js';

/** A one-time URL of the engine's console relay for this stream; throws the ApiError. */
export async function openConsole(vmId: string, stream: ConsoleStream): Promise<string> {
  return consoleUrlOf((await api().openConsole({ id: vmId, stream })).url);
}

/**
 * The running VM's drives by their monitor names, for the hint line; null when QEMU cannot say (the
 * hint then names no drive rather than a wrong one).
 */
export async function monitorDrives(vmId: string): Promise<MonitorDrive[] | null> {
  return api()
    .monitorDrives({ id: vmId })
    .catch(() => null);
}

/** Keys the host would keep for itself, pressed on the guest's keyboard by QEMU. */
export async function sendKeys(vmId: string, vmName: string, combo: KeyCombo): Promise<void> {
  try {
    await api().sendKeys({ id: vmId, keys: combo.keys });
  } catch (err) {
    notify({ tone: 'error', title: i18n.t('console:vnc.sendFailed', { keys: combo.label, vm: vmName }), message: describeError(err) });
  }
}

/** The guest's screen as QEMU has it (screendump), saved as <vm>-<date>.png. */
export async function takeScreenshot(vmId: string, vmName: string): Promise<void> {
  try {
    const shot = await api().screenshot({ id: vmId });
    const fileName = screenshotFileName(vmName, new Date());
    downloadBlob(pngBlob(shot.pngBase64), fileName);
    notify({
      tone: 'success',
      title: i18n.t('console:vnc.screenshotSaved', { file: fileName }),
      message: i18n.t('console:vnc.screenshotPixels', { width: shot.width, height: shot.height }),
    });
  } catch (err) {
    notify({ tone: 'error', title: i18n.t('console:vnc.screenshotFailed', { vm: vmName }), message: describeError(err) });
  }
}

export type MissingDevice = 'serial' | 'virtio' | 'display';

const FIX: Record<MissingDevice, VmConfigPatch> = {
  serial: { serialPorts: 1 },
  virtio: { consoleDevice: 'virtio' },
  display: { display: 'vnc' },
};

/** The console's one-click fix: a serial port, the virtio console or a VNC display, from the VM's next boot. */
export async function addConsoleDevice(vm: VmSummary, device: MissingDevice): Promise<void> {
  try {
    await updateVm(vm.id, FIX[device]);
  } catch (err) {
    notify({
      tone: 'error',
      title: i18n.t(`console:unavailable.${device}.failed`, { vm: vm.name }),
      message: describeError(err),
    });
  }
}
