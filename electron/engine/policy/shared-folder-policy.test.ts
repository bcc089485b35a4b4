// The file policy's rules for a shared folder (roles shared-folder and shared-folder-readonly): a
// folder of the user's, outside VirtDesk's folders and not holding them, against the same temp layout
// as file-policy.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.js';
import { createI18n, tr } from '../../../shared/i18n/index.js';
import { messageOf } from '../engine-messages.js';
import { checkVmFile, type FileRole, type PolicyContext } from './file-policy.js';
import { makeDataDir, VM_A, VM_B, type DataDir } from './test-support/data-dir.js';

let d: DataDir;
beforeAll(async () => {
  d = await makeDataDir();
  fs.mkdirSync(path.join(d.outside, 'course'), { recursive: true });
  fs.mkdirSync(path.join(d.vmDir(VM_A), 'inbox'), { recursive: true });
});
afterAll(() => d.close());

const ctx = (): PolicyContext => ({
  paths: d.paths,
  vmId: VM_A,
  field: 'sharedFolders.0.hostPath',
  others: d.configs.filter((c) => c.id !== VM_A),
});

async function refusal(folder: string, role: FileRole = 'shared-folder'): Promise<string> {
  try {
    await checkVmFile(folder, role, ctx());
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).details).toMatchObject({ field: 'sharedFolders.0.hostPath' });
    return (err as ApiError).message;
  }
  throw new Error(`${folder} was accepted as ${role}`);
}

describe('a shared folder', () => {
  it('may be a folder of the user’s, read-write or read-only', async () => {
    for (const role of ['shared-folder', 'shared-folder-readonly'] as const) {
      expect(await checkVmFile(path.join(d.outside, 'course'), role, ctx())).toMatchObject({ type: 'folder', kind: null });
    }
  });

  it('must be a folder, and must exist', async () => {
    expect(await refusal(path.join(d.outside, 'notes.txt'))).toMatch(/^The shared folder .*notes\.txt is not a folder: pick a folder/);
    expect(await refusal(path.join(d.outside, 'gone'), 'shared-folder-readonly')).toMatch(/gone does not exist/);
  });

  it('is never in VirtDesk’s folders: not this VM’s (its disks are there), another VM’s, the data or runtime folder', async () => {
    expect(await refusal(d.vmDir(VM_A))).toMatch(/is in this VM’s own folder/);
    expect(await refusal(path.join(d.vmDir(VM_A), 'inbox'))).toMatch(/is in this VM’s own folder/);
    for (const folder of [d.vmDir(VM_B), d.paths.dataDir, path.join(d.paths.dataDir, 'bases'), path.join(d.paths.runtimeDir, VM_A)]) {
      expect(await refusal(folder, 'shared-folder-readonly')).toMatch(
        /is inside VirtDesk’s own folders .*: pick a folder of your own outside/,
      );
    }
  });

  it('does not hold VirtDesk’s folders either: the guest would reach every VM’s disks', async () => {
    const above = path.dirname(d.paths.dataDir);
    expect(await refusal(above, 'shared-folder-readonly')).toMatch(
      /holds VirtDesk’s folder .*data, so the guest would reach every VM’s disks/,
    );
  });

  it('is not a view of the kernel', async () => {
    expect(await refusal('/proc')).toMatch(/is in \/proc, a view of the kernel/);
  });

  it('is refused in French too', async () => {
    try {
      await checkVmFile(d.paths.dataDir, 'shared-folder', ctx());
    } catch (err) {
      expect(tr(createI18n('fr'), messageOf(err))).toMatch(
        /^Le dossier partagé .* est dans les dossiers de VirtDesk .*\u00a0: choisissez un dossier à vous/,
      );
    }
    expect.assertions(1);
  });
});
