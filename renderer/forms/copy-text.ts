import { notify } from '../store/notices.js';
import { describeError } from '../lib/errors.js';

/** Copies to the clipboard; says how to copy by hand where the browser refuses. */
export async function copyText(text: string, what: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (err) {
    // Browsers refuse the clipboard outside secure contexts (a headless host reached by its address).
    notify({
      tone: 'error',
      title: `Could not copy ${what}`,
      message: `${describeError(err)}. Select it and press Ctrl+C instead.`,
    });
    return false;
  }
}
