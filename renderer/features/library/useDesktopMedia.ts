import { useEffect } from 'react';
import { notify } from '../../store/notices.js';
import { openCreateWithIso, useUi } from '../../store/ui.js';
import { onOpenedFiles, pathOfDropped } from './library-actions.js';

/** A new VM from an ISO the desktop hands over, unless the wizard is already open with other answers. */
function startWizardWith(path: string): void {
  if (useUi.getState().createOpen) {
    notify({ tone: 'error', title: 'The New VM wizard is open', message: `Finish or cancel it, then open ${path} again.` });
    return;
  }
  openCreateWithIso(path);
}

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * The desktop's ways to start a VM from an ISO: dropping one on the window, and opening one with
 * VirtDesk from the file manager (the desktop entry's MimeType; the main process passes the path on).
 * A file dropped in a browser has no path the page may know: the person is told to use Browse… instead
 * of the browser opening the file in VirtDesk's place.
 */
export function useDesktopMedia(): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (carriesFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      const path = pathOfDropped(file);
      if (!path) {
        notify({
          tone: 'error',
          title: `Cannot open ${file.name} from here`,
          message: 'A browser does not tell VirtDesk where a dropped file is. Use New VM, then Browse… to choose it.',
        });
      } else if (!/\.iso$/i.test(path)) {
        notify({ tone: 'error', title: `${file.name} is not an ISO image`, message: 'Drop an .iso file to create a VM from it.' });
      } else {
        startWizardWith(path);
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    const stop = onOpenedFiles(startWizardWith);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
      stop();
    };
  }, []);
}
