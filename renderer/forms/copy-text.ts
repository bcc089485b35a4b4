import { notify } from '../store/notices.js';
import { describeError } from '../lib/errors.js';
import { i18n } from '../i18n/i18n.js';

/** Copies to the clipboard; says how to copy by hand where the browser refuses. `what`: "the command", in words. */
export async function copyText(text: string, what: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (err) {
    // Browsers refuse the clipboard outside secure contexts (a headless host reached by its address).
    notify({
      tone: 'error',
      title: i18n.t('app:copy.failed', { what }),
      message: i18n.t('app:copy.byHand', { reason: describeError(err) }),
    });
    return false;
  }
}
