// The walking skeleton as a person does it, in Debian's Chromium against the real headless server and
// real QEMU (TCG): New VM wizard -> create -> Start -> Console (GRUB, then a shell) -> type -> Shut down.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { shooter } from './support/artifacts.js';
import { startHeadless, type Headless } from './support/headless.js';
import { expectOnTerminal } from './support/terminal.js';
import { requireGuest } from './support/vms.js';

const GUEST_ISO = path.resolve('.cache/test-guest/guest.iso');
const webShot = shooter('web');

let server: Headless;
test.beforeAll(async () => {
  requireGuest();
  server = await startHeadless();
});
test.afterAll(async () => server?.stop());

test('create a VM, boot it from the ISO, use its serial console, shut it down', async ({ page }, testInfo) => {
  const shot = (name: string) => webShot(page, testInfo, name);

  await page.goto(server.url);
  await expect(page.getByRole('button', { name: 'New VM' }).first()).toBeVisible();
  await shot('1-empty-list');

  // The wizard: the OS is detected from the ISO; a bad value is explained and holds Next back.
  await page.getByRole('button', { name: 'New VM' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New virtual machine' });
  const nextButton = dialog.getByRole('button', { name: 'Next' });
  await dialog.getByLabel('Install ISO').fill(GUEST_ISO);
  await nextButton.click();
  await expect(dialog.getByText(/Detected: VirtDesk test guest/)).toBeVisible();
  await nextButton.click();
  await dialog.getByLabel('Memory (MiB)', { exact: true }).fill('0');
  await expect(dialog.getByText(/at least 32 MiB/)).toBeVisible();
  await expect(nextButton).toBeDisabled();
  await shot('2-form-invalid');
  await dialog.getByLabel('Memory (MiB)', { exact: true }).fill('256');
  await dialog.getByRole('combobox', { name: 'Accelerator' }).click();
  await page.getByRole('option', { name: /Emulation/ }).click(); // nested KVM hangs guests on CI
  await expect(nextButton).toBeEnabled();
  await nextButton.click(); // storage: the test guest's 1 GiB disk
  await nextButton.click(); // name and network
  await dialog.getByLabel('Name', { exact: true }).fill('e2e guest');
  await nextButton.click(); // review
  await expect(dialog.getByLabel('the qemu-system-x86_64 command', { exact: true })).toBeVisible();
  await shot('3-form-filled');
  // Customize before install: the VM is created stopped, and started below by hand.
  await dialog.getByRole('checkbox', { name: /Customize before install/ }).click();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: /e2e guest/ });
  await expect(row).toContainText(/stopped/i);

  await row.click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(row).toContainText(/running/i);

  await page.getByRole('tab', { name: 'Console' }).click();
  // GRUB's menu first (full-screen ANSI on the serial line), then the kernel and the guest's shell.
  await expectOnTerminal(page, 'VirtDesk test guest', 30_000);
  await shot('4-console-grub');
  await page.locator('[data-testid="console-terminal"]').click();
  await page.keyboard.press('Enter'); // boot the highlighted entry now
  await expectOnTerminal(page, 'guest#');
  await page.keyboard.type('echo hello-$((6*7))');
  await page.keyboard.press('Enter');
  await expectOnTerminal(page, 'hello-42', 15_000);
  await shot('5-console-shell');

  // Closing and reopening the console replays what the guest printed (scrollback).
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.locator('[data-testid="console-terminal"]')).toBeHidden();
  await page.getByRole('tab', { name: 'Console' }).click();
  await expectOnTerminal(page, 'hello-42', 15_000);

  await page.getByRole('button', { name: 'Shut down' }).click();
  await expect(row).toContainText(/stopped/i, { timeout: 60_000 });
  await shot('6-list-stopped');
});
