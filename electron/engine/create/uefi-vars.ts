import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import { UEFI_VARS_FILE } from '../paths.js';

/**
 * A UEFI VM keeps its boot entries in its own copy of OVMF's variable store. Made at creation; made
 * again here if it went missing (or the VM was switched from BIOS to UEFI in the editor).
 */
export async function ensureUefiVars(vmDir: string, uefi: { varsTemplate: string } | null): Promise<void> {
  const file = path.join(vmDir, UEFI_VARS_FILE);
  if (
    await fs.access(file).then(
      () => true,
      () => false,
    )
  )
    return;
  if (!uefi) throw new ApiError('invalid', says('files:create.noOvmfVm'));
  await fs.copyFile(uefi.varsTemplate, file);
  await fs.chmod(file, 0o600); // the template is read-only; this VM's copy must be writable (by its owner only)
}
