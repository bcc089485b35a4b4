// What both console specs (consoles.spec.ts, consoles-monitor.spec.ts) stand on: their own headless
// server, a VM made in the wizard from the test guest's ISO, and the terminals as a person types in them.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SHOTS } from './artifacts.js';
import { startHeadless, type Headless } from './headless.js';
import { expectOnTerminal } from './terminal.js';
import { GUEST_ISO, requireGuest } from './vms.js';

export const VIEWPORT = { width: 1024, height: 640 };
export const VM = 'con guest';

/** Serial tests in one server with clipboard access; returns the server once beforeAll has started it. */
export function consoleSuite(): () => Headless {
  let server: Headless | undefined;
  test.describe.configure({ mode: 'serial' });
  test.use({ viewport: VIEWPORT, permissions: ['clipboard-read', 'clipboard-write'] });
  test.beforeAll(async () => {
    requireGuest();
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await startHeadless();
  });
  test.afterAll(async () => server?.stop());
  return () => server!;
}

/** New VM from the test guest's ISO under emulation; "Customize before install" leaves it stopped. */
export async function createVm(page: Page, name: string, start: boolean) {
  await page.getByRole('button', { name: 'New VM' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New virtual machine' });
  const next = dialog.getByRole('button', { name: 'Next' });
  await dialog.getByLabel('Install ISO').fill(GUEST_ISO);
  await next.click();
  await expect(dialog.getByText(/Detected: VirtDesk test guest/)).toBeVisible();
  await next.click();
  await dialog.getByLabel('Memory (MiB)', { exact: true }).fill('256');
  await dialog.getByRole('combobox', { name: 'Accelerator' }).click();
  await page.getByRole('option', { name: /Emulation/ }).click(); // nested KVM hangs guests on CI
  await next.click(); // storage
  await next.click(); // name and network
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await next.click(); // review
  if (start) {
    await dialog.getByRole('button', { name: 'Create and start' }).click();
  } else {
    await dialog.getByRole('checkbox', { name: /Customize before install/ }).click();
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  }
  await expect(dialog).toBeHidden();
}

export const serial = (page: Page) => page.locator('[data-testid="console-terminal"]');
export const monitor = (page: Page) => page.locator('[data-testid="monitor-terminal"] .xterm-rows');

/**
 * Waits until the serial terminal's cursor sits just after a fresh prompt, as a person waits before
 * typing. It matters for a program that reads the terminal's answers (the tests' `resize`): busybox asks
 * the terminal where its cursor is at every prompt (ESC [ 6 n), and a line typed before that question
 * has been answered sends the answer after the Enter, to whatever the line runs.
 */
export async function atPrompt(page: Page, timeout = 15_000) {
  const cursorRow = () =>
    serial(page)
      .locator('.xterm-rows > div')
      .evaluateAll((rows) => {
        const row = rows.find((r) => r.querySelector('.xterm-cursor'));
        return row ? (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd() : null;
      });
  await expect.poll(cursorRow, { timeout, message: 'the cursor waits after a fresh guest# prompt' }).toBe('guest#');
}

/** Types a command line into the focused terminal and presses Enter. */
export async function run(page: Page, line: string) {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** On the serial console of a guest that is (re)booting: GRUB's menu, then Enter boots now, not after 5 s. */
export async function bootToShell(page: Page) {
  await expectOnTerminal(page, /VirtDesk test guest|VIRTDESK-GUEST-READY/, 60_000);
  await serial(page).click();
  await page.keyboard.press('Enter'); // boots at once if GRUB's menu is still up; a new prompt otherwise
  await expectOnTerminal(page, 'guest#');
}
