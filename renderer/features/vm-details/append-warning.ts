import type { EditorDraft } from './editor-draft.js';

/**
 * A kernel-boot VM on the virtio console whose command line still names the serial port: the guest
 * would print where the Console tab does not look. Said, never rewritten: the text is the person's.
 */
export const appendWarning = (d: Pick<EditorDraft, 'consoleDevice' | 'kernelOn' | 'append'>): boolean =>
  d.consoleDevice === 'virtio' && d.kernelOn && /(^|\s)console=ttyS0(\s|,|$)/.test(d.append) && !/(^|\s)console=hvc0(\s|$)/.test(d.append);
