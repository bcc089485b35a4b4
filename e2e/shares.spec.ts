// The hardware editor's Shared folders page (issue 17 item 2), in Debian's Chromium against the real
// headless server: add a folder, give it a tag, see which way it will travel (virtiofs, or 9p once
// read-only) and the mount command for the guest; Apply stores it; a folder inside VirtDesk's data
// folder is refused with the engine's words; a running VM marks the change for its next start. In
// English and French, light and dark, at a small window size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { createI18n } from '../shared/i18n/index.js';
import type { VmSummary } from '../shared/model/index.js';
import { callApi } from './support/api.js';
import { shooter } from './support/artifacts.js';
import { startHeadless, type Headless } from './support/headless.js';
import { kernelVm, requireGuest } from './support/vms.js';

const shot = shooter('shares');
const fr = createI18n('fr');

test.use({ viewport: { width: 1024, height: 640 } });

let server: Headless;
let folder: string;
let vm: VmSummary;

test.beforeAll(async () => {
  requireGuest();
  server = await startHeadless();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-share-'));
  vm = await callApi<VmSummary>(server, 'create', kernelVm('lab pc'));
});
test.afterAll(async () => {
  await server?.stop();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

async function openShares(page: Page, tab: { details: string; hardware: string; shares: string }) {
  await page.goto(server.url);
  await page.getByRole('row', { name: /lab pc/ }).click();
  await page.getByRole('tab', { name: tab.details }).click();
  await page.getByRole('tablist', { name: tab.hardware }).getByRole('tab', { name: tab.shares, exact: true }).click();
}

/** The page at the small window size, in light and dark, and wider. */
async function shots(page: Page, testInfo: TestInfo, name: string) {
  await shot(page, testInfo, `${name}-1024`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, `${name}-1024-dark`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, testInfo, `${name}-1280-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1024, height: 640 });
}

test('add a shared folder: its transport and mount command, Apply, a refused folder, the next-start mark', async ({ page }, testInfo) => {
  await openShares(page, { details: 'Details', hardware: 'Hardware', shares: 'Shared folders' });
  const pageForm = page.getByRole('form', { name: 'Shared folders' });
  await expect(pageForm.getByText('No shared folders: the guest sees no folder of this computer.')).toBeVisible();
  await shots(page, testInfo, '1-empty');

  await pageForm.getByRole('button', { name: 'Add a shared folder' }).click();
  const card = pageForm.getByRole('group', { name: 'Shared folder 1' });
  await card.getByLabel('Folder on this computer').fill(folder);
  await expect(card.getByLabel('Mount tag')).toHaveValue('share1');
  await card.getByLabel('Mount tag').fill('tp');
  // Root runs the tests, and QEMU's virtiofsd is installed: a read-write folder goes over virtiofs.
  await expect(card.getByText('virtiofsd, a process of its own, serves the folder: faster than 9p.')).toBeVisible();
  await expect(card.getByLabel('In the guest (as root)', { exact: true })).toHaveText('mkdir -p /mnt/tp && mount -t virtiofs tp /mnt/tp');
  await shots(page, testInfo, '2-virtiofs');

  await card.getByRole('checkbox', { name: 'Read-only' }).check();
  await expect(card.getByText(/^This QEMU’s virtiofsd cannot share a folder read-only, so QEMU itself serves it over 9p/)).toBeVisible();
  await expect(card.getByLabel('In the guest (as root)', { exact: true })).toHaveText(
    'mkdir -p /mnt/tp && mount -t 9p -o trans=virtio,version=9p2000.L,ro tp /mnt/tp',
  );
  await shots(page, testInfo, '3-read-only-9p');
  await pageForm.getByRole('button', { name: 'Apply' }).click();
  await expect(pageForm.getByRole('status').filter({ hasText: /\bSaved\.$/ })).toBeVisible();
  const stored = await callApi<VmSummary>(server, 'get', { id: vm.id });
  expect(stored.config?.sharedFolders).toEqual([{ hostPath: folder, tag: 'tp', readOnly: true }]);

  // A folder inside VirtDesk's own data folder: the engine refuses it, naming why and what to do.
  await pageForm.getByRole('button', { name: 'Add a shared folder' }).click();
  const second = pageForm.getByRole('group', { name: 'Shared folder 2' });
  await second.getByLabel('Folder on this computer').fill(path.join(server.dataDir, 'vms'));
  await pageForm.getByRole('button', { name: 'Apply' }).click();
  await expect(pageForm.getByRole('alert')).toContainText('is inside VirtDesk’s own folders');
  await shots(page, testInfo, '4-refused');
  await second.getByRole('button', { name: 'Remove shared folder 2' }).click();

  // While the VM runs, a change waits for its next start.
  await callApi(server, 'start', { id: vm.id });
  await card.getByRole('checkbox', { name: 'Read-only' }).uncheck();
  await pageForm.getByRole('button', { name: 'Apply' }).click();
  await expect(pageForm.getByRole('status').filter({ hasText: 'Saved. The VM gets it at its next boot.' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Shared folders/ })).toContainText('(applies at next boot)');
  await shots(page, testInfo, '5-pending');
  await callApi(server, 'forceOff', { id: vm.id });

  // The command line shows the virtiofsd that QEMU connects to, before QEMU itself.
  await page.getByRole('button', { name: 'Show command line' }).click();
  const dialog = page.getByRole('dialog', { name: 'Command line of “lab pc”' });
  await expect(dialog.getByText(/^\/usr\/lib\/qemu\/virtiofsd --socket-path=/)).toBeVisible();
  await expect(dialog.getByText('vhost-user-fs-pci,chardev=vfs0,tag=tp,id=share0').first()).toBeVisible();
  await shots(page, testInfo, '6-command-line');
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });
  test('the page reads in French', async ({ page }, testInfo) => {
    await openShares(page, {
      details: fr.t('details:tab.details'),
      hardware: fr.t('details:editor.hardware'),
      shares: fr.t('details:section.shares'),
    });
    const card = page.getByRole('group', { name: fr.t('shares:page.title', { n: 1 }) });
    await expect(card.getByText(fr.t('shares:transport.why.virtiofs'))).toBeVisible();
    await shots(page, testInfo, 'fr');
  });
});
