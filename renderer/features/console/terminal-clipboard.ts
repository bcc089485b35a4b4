import type { Terminal } from '@xterm/xterm';
import { withoutFullStop } from './close-reason.js';
import { notify } from '../../store/notices.js';
import { describeError } from '../../lib/errors.js';
import { i18n } from '../../i18n/i18n.js';

/**
 * The asynchronous clipboard exists only in secure contexts (https, localhost, Electron); a headless
 * host reached by its LAN address over http has none.
 */
export const clipboardApi = (): Clipboard | null => (window.isSecureContext && navigator.clipboard ? navigator.clipboard : null);

/** The old way, still allowed during a click or key press: copy a selected, off-screen textarea. */
function copyByCommand(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** Copies the terminal's selection; nothing selected, nothing copied (the clipboard keeps its text). */
export async function copySelection(term: Terminal | null): Promise<void> {
  const text = term?.getSelection() ?? '';
  if (!text) return;
  const api = clipboardApi();
  let failure: unknown = null;
  if (api) {
    try {
      await api.writeText(text);
      return;
    } catch (err) {
      failure = err;
    }
  }
  if (copyByCommand(text)) return;
  notify({
    tone: 'error',
    title: i18n.t('console:clipboard.copyFailed'),
    message: failure
      ? i18n.t('console:clipboard.copyBlockedCause', { cause: withoutFullStop(describeError(failure)) })
      : i18n.t('console:clipboard.copyBlocked'),
  });
}

/**
 * Types the clipboard into the guest. term.paste() goes the way of typed input (and honours the
 * guest's bracketed-paste mode), so it reaches the guest through the relay like keystrokes.
 */
export async function pasteClipboard(term: Terminal | null): Promise<void> {
  if (!term) return;
  const api = clipboardApi();
  let text: string;
  try {
    if (!api) throw new Error(i18n.t('console:clipboard.noAccess'));
    text = await api.readText();
  } catch (err) {
    notify({
      tone: 'error',
      title: i18n.t('console:clipboard.pasteFailed'),
      message: i18n.t('console:clipboard.pasteAdvice', { cause: withoutFullStop(describeError(err)) }),
    });
    return;
  }
  if (text) term.paste(text);
  term.focus();
}
