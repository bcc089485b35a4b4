import type { DiskEntry } from '../../../shared/api.js';

export type DiskActionKind = 'resize' | 'convert' | 'check';

/** The three things done to an image, in the order the buttons and both menus show them. */
export const DISK_ACTIONS: readonly { kind: DiskActionKind; label: string; hint: string }[] = [
  { kind: 'resize', label: 'Resize…', hint: 'Make the disk bigger (or smaller, losing what is past the new end)' },
  { kind: 'convert', label: 'Convert…', hint: 'Copy the image into another format (qemu-img convert)' },
  { kind: 'check', label: 'Check', hint: 'Look for errors in the image’s metadata (qemu-img check)' },
];

/** Which dialog is up, and for which image. */
export interface DiskRequest {
  kind: DiskActionKind;
  entry: DiskEntry;
}
