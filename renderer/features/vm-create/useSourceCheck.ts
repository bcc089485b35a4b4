import { useState } from 'react';
import type { ImageDetails } from '../../../shared/api.js';
import { detectOs, inspectImage } from './create-actions.js';
import type { Detection } from './steps/OsStep.js';
import type { WizardForm } from './useWizardForm.js';
import { applyOs, sourcePath, suggestName } from './wizard-values.js';

/**
 * Leaving step 1: ask the engine what the source is before the OS step needs it. An ISO's OS is
 * detected (and its defaults taken), an image is read with qemu-img info; either refusal (no such
 * file) stays on step 1, at the path field. Each path is asked about once.
 */
export function useSourceCheck() {
  const [detection, setDetection] = useState<Detection & { forPath: string | null }>({ running: false, result: null, forPath: null });
  const [image, setImage] = useState<{ path: string; details: ImageDetails } | null>(null);

  async function leave(form: WizardForm, vmNames: string[]): Promise<boolean> {
    const { values, update } = form;
    const path = sourcePath(values);
    if (values.sourceKind === 'iso' && path !== detection.forPath) {
      setDetection({ running: true, result: null, forPath: null });
      try {
        const result = await detectOs(path);
        setDetection({ running: false, result, forPath: path });
        update(applyOs(values, result.os, form.host, vmNames, form.language));
      } catch (err) {
        setDetection({ running: false, result: null, forPath: null });
        form.setEngineError({ step: 'source', field: 'source.isoPath', error: err });
        return false;
      }
    } else if (values.sourceKind === 'import' && path !== image?.path) {
      try {
        setImage({ path, details: await inspectImage(path) });
      } catch (err) {
        form.setEngineError({ step: 'source', field: 'source.path', error: err });
        return false;
      }
    }
    // Nothing to detect from a kernel, an image or PXE: name the VM after the file, as a start.
    if (values.sourceKind !== 'iso' && !values.userSet.name && !values.name) {
      const file = path.slice(path.lastIndexOf('/') + 1).replace(/\.[a-z0-9]+$/i, '');
      update({ name: suggestName(file || (values.sourceKind === 'pxe' ? 'pxe' : 'vm'), vmNames) });
    }
    return true;
  }

  const imageFor = (path: string) => (image?.path === path ? image.details : null);

  return { detection, leave, imageFor };
}
