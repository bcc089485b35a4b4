// Pause, Resume, Reset and Delete as a person uses them, in Debian's Chromium against the real
// headless server and a real TCG guest booted from the test kernel: the state follows the engine's
// events, Reset asks first, and Delete holds back until the running VM may be forced off.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHeadless, type Headless } from './support/headless.js';
import { SHOTS } from './support/artifacts.js';
import { expectOnTerminal } from './support/terminal.js';

const GUEST_DIR = path.resolve('.cache/test-guest');
const KERNEL = path.join(GUEST_DIR, 'vmlinuz');
const INITRD = path.join(GUEST_DIR, 'initrd.img');
const NAME = 'life cycle';

test.use({ viewport: { width: 1024, height: 640 } });

let server: Headless;

test.beforeAll(async () => {
  for (const f of [KERNEL, INITRD]) {
    if (!fs.existsSync(f)) throw new Error(`missing ${f}: run "bash scripts/build-test-guest.sh"`);
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startHeadless();
});
test.afterAll(async () => {
  await server?.stop();
});

/** Direct kernel boot under emulation with a new 1 GiB disk: the VM folder then holds disk0.qcow2. */
async function createAndStart(page: Page) {
  await page.getByRole('button', { name: 'New VM' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New virtual machine' });
  await dialog.getByRole('radio', { name: /Direct kernel boot/ }).click();
  await dialog.getByLabel('Kernel', { exact: true }).fill(KERNEL);
  await dialog.getByLabel('Initrd (optional)').fill(INITRD);
  await dialog.getByLabel('Kernel arguments').fill('console=ttyS0');
  await dialog.getByLabel('Kernel arguments').press('Enter'); // Enter is Next
  await expect(dialog.getByRole('heading', { name: 'Operating system' })).toBeVisible();
  await dialog.getByRole('radio', { name: /VirtDesk test guest/ }).click();
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('heading', { name: 'Memory and CPUs' })).toBeVisible();
  await dialog.getByLabel('Memory (MiB)', { exact: true }).fill('256');
  await dialog.getByLabel('CPUs', { exact: true }).fill('1');
  await dialog.getByRole('combobox', { name: 'Accelerator' }).click();
  await page.getByRole('option', { name: /Emulation/ }).click();
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('heading', { name: 'Storage' })).toBeVisible();
  await dialog.getByRole('radio', { name: /Create a new disk/ }).click();
  await dialog.getByLabel('Disk size (GiB)').fill('1');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('heading', { name: 'Name and network' })).toBeVisible();
  await dialog.getByLabel('Name', { exact: true }).fill(NAME);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('heading', { name: 'Review' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Create and start' }).click();
  await expect(dialog).toBeHidden();
}

test('pause, resume, reset and delete a running VM', async ({ page }, testInfo) => {
  await page.goto(server.url);
  await createAndStart(page);
  const row = page.getByRole('row', { name: new RegExp(NAME) });
  const toolbar = page.getByRole('toolbar', { name: 'Virtual machine actions' });
  await expect(row).toContainText(/running/i);
  await expectOnTerminal(page, 'VIRTDESK-GUEST-READY', 90_000);
  await row.click();

  // One toggling button: Pause while running, Resume while paused.
  await expect(toolbar.getByRole('button', { name: 'Resume' })).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'Pause' }).click();
  await expect(row).toContainText(/paused/i);
  await expect(toolbar.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'Resume' }).click();
  await expect(row).toContainText(/running/i);

  // Reset asks first; Cancel leaves the guest alone.
  await toolbar.getByRole('button', { name: 'Reset…' }).click();
  const reset = page.getByRole('alertdialog', { name: `Reset “${NAME}”?` });
  await expect(reset).toBeVisible();
  await reset.getByRole('button', { name: 'Cancel' }).click();
  await expect(reset).toBeHidden();
  await expect(row).toContainText(/running/i);

  // The row menu offers the same verbs for the row under the pointer.
  await row.click({ button: 'right' });
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Pause' })).toBeEnabled();
  await expect(menu.getByRole('menuitem', { name: 'Delete…' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  // Delete key on the selected row opens the dialog.
  await row.focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('alertdialog', { name: `Delete “${NAME}”?` });
  await expect(dialog).toBeVisible();
  const disk = dialog.getByRole('checkbox', { name: /Delete this file: .*\/disk0\.qcow2$/ });
  await expect(disk).toBeChecked();
  const force = dialog.getByRole('checkbox', { name: 'The VM is running: it will be forced off first' });
  await expect(force).not.toBeChecked();
  const del = dialog.getByRole('button', { name: 'Delete', exact: true });
  await expect(del).toBeDisabled();
  await force.click();
  await expect(del).toBeEnabled();
  const file = path.join(SHOTS, 'lifecycle-delete-dialog.png');
  await page.screenshot({ path: file });
  await testInfo.attach('delete-dialog', { path: file, contentType: 'image/png' });

  await del.click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `Deleted “${NAME}”` })).toBeVisible();
  // Every disk was ticked, so nothing is left in the data folder under this VM's name.
  const left = fs.readdirSync(server.dataDir, { recursive: true }).map(String);
  expect(left.filter((f) => f.endsWith('disk0.qcow2'))).toEqual([]);
});
