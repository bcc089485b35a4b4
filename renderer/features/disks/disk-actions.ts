// What is done to a disk image: the verbs the buttons and menus offer, and the engine calls behind
// them. Each call throws the ApiError, so the dialog can show it beside the form it is about.
import type { DiskCheckResult, DiskEntry } from '../../../shared/api.js';
import type { DiskFormat } from '../../../shared/model/index.js';
import type storageEn from '../../../shared/i18n/catalogs/en/storage.js';
import { api } from '../../api/client.js';
import { i18n } from '../../i18n/i18n.js';
import { notify } from '../../store/notices.js';
import { fileName } from './disk-facts.js';

export type DiskActionKind = 'resize' | 'convert' | 'check' | 'delete-base';

/** label and hint name words under the storage catalog's `action`: t(`action.${label}`). */
type ActionKey = keyof (typeof storageEn)['action'];
type DiskAction = { kind: DiskActionKind; label: ActionKey; hint: ActionKey };

/** The three things done to a VM's image, in the order the buttons and both menus show them. */
export const DISK_ACTIONS: readonly DiskAction[] = [
  { kind: 'resize', label: 'resize', hint: 'resizeHint' },
  { kind: 'convert', label: 'convert', hint: 'convertHint' },
  { kind: 'check', label: 'check', hint: 'checkHint' },
];

/** A shared base is read-only while linked clones build on it; once none does, it can only go. */
const BASE_ACTIONS: readonly DiskAction[] = [{ kind: 'delete-base', label: 'deleteBase', hint: 'deleteBaseHint' }];

export const actionsFor = (entry: DiskEntry): readonly DiskAction[] => (entry.vm ? DISK_ACTIONS : BASE_ACTIONS);

/** Which dialog is up, and for which image. */
export interface DiskRequest {
  kind: DiskActionKind;
  entry: DiskEntry;
}

/** The images of one VM, or of every VM with the shared bases. */
export function listDisks(vmId?: string): Promise<DiskEntry[]> {
  return api().listDisks(vmId ? { vmId } : {});
}

/** A VM's disk, by the VM's id and the disk's index in its settings. */
type VmDisk = NonNullable<DiskEntry['vm']>;

export async function resizeDisk(vm: VmDisk, path: string, sizeBytes: number, shrink: boolean): Promise<void> {
  await api().resizeDisk({ id: vm.id, index: vm.index, sizeBytes, shrink: shrink || undefined });
  notify({ tone: 'success', title: i18n.t('storage:resize.done', { file: fileName(path), size: sizeBytes }) });
}

/** qemu-img convert into a new file beside the image; resolves with that file's path. */
export async function convertDisk(vm: VmDisk, image: string, format: DiskFormat, compress: boolean, use: boolean): Promise<string> {
  const compressed = format === 'qcow2' && compress ? true : undefined;
  const { path } = await api().convertDisk({ id: vm.id, index: vm.index, format, compress: compressed, use });
  notify({
    tone: 'success',
    title: i18n.t('storage:convert.notice', { file: fileName(image), format }),
    message: use ? i18n.t('storage:convert.noticeUsed', { path }) : path,
  });
  return path;
}

/** Stops a conversion; unlike store/actions' cancelTask it throws, for the dialog to show. */
export async function cancelConversion(taskId: string): Promise<void> {
  await api().cancelTask({ taskId });
}

/** Deletes a linked-clone base nothing builds on any more (the engine checks that again). */
export async function deleteBase(path: string): Promise<void> {
  await api().deleteBase({ path });
  notify({ tone: 'success', title: i18n.t('storage:deleteBase.done', { file: fileName(path) }) });
}

export function checkDisk(vm: VmDisk): Promise<DiskCheckResult> {
  return api().checkDisk({ id: vm.id, index: vm.index });
}
