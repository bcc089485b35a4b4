import { useEffect } from 'react';
import { i18n } from '../../i18n/i18n.js';
import { notify } from '../../store/notices.js';
import { openCreateWithIso, useUi } from '../../store/ui.js';
import { onOpenedFiles, pathOfDropped } from './library-actions.js';

/** A new VM from an ISO the desktop hands over, unless the wizard is already open with other answers. */
function startWizardWith(path: string): void {
  if (useUi.getState().createOpen) {
    notify({ tone: 'error', title: i18n.t('media:drop.wizardOpen'), message: i18n.t('media:drop.wizardOpenFix', { path }) });
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
          title: i18n.t('media:drop.noPath', { file: file.name }),
          message: i18n.t('media:drop.noPathFix'),
        });
      } else if (!/\.iso$/i.test(path)) {
        notify({ tone: 'error', title: i18n.t('media:drop.notIso', { file: file.name }), message: i18n.t('media:drop.notIsoFix') });
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
