// Labs as a person makes them, in Debian's Chromium against the real headless server and real
// qemu-img: "Make a lab…" from a stopped VM shows the VMs it will make and the exact commands, makes
// three linked clones marked with their lab in the list, Start all boots them, and "Delete lab…" lists
// them, forces them off when asked and deletes them all, the source VM and its base staying. In
// English and French, light and dark, in a small window.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { VmSummary } from '../shared/model/index.js';
import { createI18n } from '../shared/i18n/index.js';
import { callApi } from './support/api.js';
import { shooter } from './support/artifacts.js';
import { startHeadless, type Headless } from './support/headless.js';
import { kernelVm, requireGuest } from './support/vms.js';

const shot = shooter('labs');
const fr = createI18n('fr');

test.use({ viewport: { width: 1024, height: 680 } });

let server: Headless;
let source: VmSummary;

test.beforeAll(async () => {
  requireGuest();
  server = await startHeadless();
  source = await callApi<VmSummary>(
    server,
    'create',
    kernelVm('web', { network: { mode: 'user' }, storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' } }),
  );
});
test.afterAll(async () => {
  await server?.stop();
});

const rowOf = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(`^${name}\\b`) });
const settle = (page: Page) =>
  page
    .getByRole('dialog')
    .or(page.getByRole('alertdialog'))
    .evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));

async function both(page: Page, testInfo: Parameters<typeof shot>[1], name: string) {
  await shot(page, testInfo, name);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

test('make a lab of three from the row menu, see it in the list, delete it whole', async ({ page }, testInfo) => {
  await page.goto(server.url);
  await rowOf(page, 'web').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Make a lab…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make a lab from web' });
  await dialog.getByLabel('Lab name').fill('net1');
  await dialog.getByLabel('Number of VMs').fill('3');
  const plan = dialog.getByRole('list', { name: 'What it will do' });
  await expect(plan.getByRole('listitem')).toHaveText([
    'net1-1 private network net1',
    'net1-2 private network net1',
    'net1-3 private network net1',
  ]);
  await dialog.getByText('The commands it runs (6)').click();
  await expect(dialog.getByLabel('Command 1', { exact: true })).toContainText(/^mv .*disk0\.qcow2 .*bases\/.*-XXXXXX-disk0\.qcow2/);
  await expect(dialog.getByText('qemu-img create -q -f qcow2 -b').last()).toContainText('<net1-3>/disk0.qcow2');
  await settle(page);
  await both(page, testInfo, 'make-dialog');

  // A clash is told before anything is written, with the names.
  await dialog.getByLabel('Lab name').fill('web');
  await dialog.getByLabel('Number of VMs').fill('1');
  await expect(dialog.getByText('A lab has 2 to 16 VMs')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Make the lab' })).toBeDisabled();
  await dialog.getByLabel('Number of VMs').fill('3');
  await dialog.getByLabel('Lab name').fill('net1');
  await expect(plan).toBeVisible();
  await dialog.getByRole('button', { name: 'Make the lab' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Made the lab net1: net1-1, net1-2, net1-3' })).toBeVisible();
  for (const n of [1, 2, 3]) await expect(rowOf(page, `net1-${n}`)).toContainText('net1');
  await both(page, testInfo, 'list');

  const vms = await callApi<VmSummary[]>(server, 'list', {});
  const lab = vms.filter((v) => v.config?.lab === 'net1');
  expect(lab.map((v) => v.config!.nics.map((n) => n.network))).toEqual(Array(3).fill([{ mode: 'private', network: 'net1' }]));

  // Start all, then Delete lab… says they run and forces them off only on that button.
  await rowOf(page, 'net1-2').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Start all' }).click();
  for (const n of [1, 2, 3]) await expect(rowOf(page, `net1-${n}`)).toContainText('running', { timeout: 60_000 });
  await expect(rowOf(page, 'web')).toContainText('stopped');
  await rowOf(page, 'net1-2').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Delete lab…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete the lab net1?' });
  await expect(confirm.getByRole('listitem')).toHaveText(['net1-1', 'net1-2', 'net1-3']);
  await expect(confirm).toContainText('Running now: net1-1, net1-2, net1-3. They will be forced off first');
  await settle(page);
  await both(page, testInfo, 'delete-dialog-running');
  await confirm.getByRole('button', { name: 'Force off and delete' }).click();
  await expect(confirm).toBeHidden();
  for (const n of [1, 2, 3]) await expect(rowOf(page, `net1-${n}`)).toHaveCount(0);
  await expect(rowOf(page, 'web')).toBeVisible();
  for (const v of lab) expect(fs.existsSync(path.join(server.dataDir, 'vms', v.id))).toBe(false);
  const srcDisk = path.join(server.dataDir, 'vms', source.id, 'disk0.qcow2');
  expect(fs.existsSync(srcDisk)).toBe(true);
  expect(fs.readdirSync(path.join(server.dataDir, 'bases')).filter((f) => !f.startsWith('.'))).toHaveLength(1);
});

test.describe('in French, in a small window', () => {
  test.use({ locale: 'fr-FR', viewport: { width: 800, height: 560 } });

  test('the dialog from the VM page, the list and the delete dialog', async ({ page }, testInfo) => {
    await page.goto(server.url);
    await rowOf(page, 'web').click();
    await page.getByRole('button', { name: fr.t('details:pane.moreActions') }).click();
    await page.getByRole('menuitem', { name: fr.t('labs:menu.makeLab') }).click();
    const dialog = page.getByRole('dialog', { name: fr.t('labs:dialog.title', { name: 'web' }) });
    await dialog.getByLabel(fr.t('labs:dialog.name')).fill('tp');
    await dialog.getByLabel(fr.t('labs:dialog.count')).fill('2');
    await dialog.getByLabel(fr.t('labs:dialog.keepNat')).check();
    await expect(dialog.getByRole('list', { name: fr.t('labs:dialog.plan') }).getByRole('listitem')).toHaveText([
      'tp-1 NAT + réseau privé tp',
      'tp-2 NAT + réseau privé tp',
    ]);
    await settle(page);
    await both(page, testInfo, 'fr-make-dialog-800');
    await dialog.getByRole('button', { name: fr.t('labs:dialog.submit') }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
    await expect(rowOf(page, 'tp-2')).toContainText('tp');
    await both(page, testInfo, 'fr-list-800');

    await rowOf(page, 'tp-1').click({ button: 'right' });
    await page.getByRole('menuitem', { name: fr.t('labs:list.deleteLab') }).click();
    const confirm = page.getByRole('alertdialog', { name: fr.t('labs:deleteDialog.title', { lab: 'tp' }) });
    await expect(confirm.getByRole('listitem')).toHaveText(['tp-1', 'tp-2']);
    await settle(page);
    await both(page, testInfo, 'fr-delete-dialog-800');
    await confirm.getByRole('button', { name: fr.t('labs:deleteDialog.submit') }).click();
    await expect(rowOf(page, 'tp-1')).toHaveCount(0);
  });
});
