// The VM's life cycle as a person uses it, in Debian's Chromium against the real headless server and a
// real TCG guest booted from the test kernel: Pause/Resume, Reset (asks first), Delete (holds back until
// the running VM may be forced off, and says so), Force off (asks first, from the toolbar, the row menu
// and the keyboard, until told not to), a shutdown the guest ignores (forced off, and the VM says so), Reboot (the guest boots again on the serial console), Save state
// and Restore (a counter the guest prints carries on), the balloon acting after Apply, Discard saved
// state, Start disposable, and a linked clone that boots. Screenshots at 1024x640, light and dark.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { VmSummary } from '../shared/model/index.js';
import { callApi } from './support/api.js';
import { startHeadless, type Headless } from './support/headless.js';
import { SHOTS, shooter } from './support/artifacts.js';
import { expectOnTerminal, terminalText } from './support/terminal.js';
import { requireGuest } from './support/vms.js';

const GUEST_DIR = path.resolve('.cache/test-guest');
const KERNEL = path.join(GUEST_DIR, 'vmlinuz');
const INITRD = path.join(GUEST_DIR, 'initrd.img');
const NAME = 'life cycle';

test.use({ viewport: { width: 1024, height: 640 } });

let server: Headless;

test.beforeAll(async () => {
  requireGuest();
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startHeadless();
});
test.afterAll(async () => {
  await server?.stop();
});

const shot = shooter('lifecycle');

/** Direct kernel boot under emulation with a new 1 GiB disk: the VM folder then holds disk0.qcow2. */
async function createAndStart(page: Page, name = NAME) {
  await page.getByRole('button', { name: 'New VM' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New virtual machine' });
  await dialog.getByRole('radio', { name: /Direct kernel boot/ }).click();
  await dialog.getByLabel('Kernel', { exact: true }).fill(KERNEL);
  await dialog.getByLabel('Initrd (optional)').fill(INITRD);
  await dialog.getByLabel('Kernel arguments').fill('console=ttyS0');
  await dialog.getByLabel('Kernel arguments').press('Enter'); // Enter is Next
  await expect(dialog.getByRole('heading', { name: 'Operating system' })).toBeVisible();
  // The list is libosinfo's hundreds where osinfo-db is installed: the search finds VirtDesk's own entry.
  await dialog.getByRole('searchbox', { name: 'Search operating systems' }).fill('virtdesk');
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
  await dialog.getByLabel('Name', { exact: true }).fill(name);
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

  // Reset asks first (it lives in the arrow beside Shut down, with the other power actions); Cancel
  // leaves the guest alone.
  await toolbar.getByRole('button', { name: 'More power actions' }).click();
  await page.getByRole('menuitem', { name: 'Reset…' }).click();
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
  const force = dialog.getByRole('checkbox', { name: 'Force it off, then delete' });
  await expect(force).not.toBeChecked();
  await expect(dialog).toContainText(`“${NAME}” is running. Deleting it pulls the plug first`);
  const del = dialog.getByRole('button', { name: 'Delete', exact: true });
  await expect(del).toBeDisabled();
  // The disabled button says why, beside it and as its description.
  const why = 'Delete is available once “Force it off, then delete” is ticked.';
  await expect(dialog.getByText(why)).toBeVisible();
  await expect(del).toHaveAccessibleDescription(why);
  await settled(dialog);
  await shot(page, testInfo, 'delete-dialog-running');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, 'dark-delete-dialog-running');
  await page.emulateMedia({ colorScheme: 'light' });
  await force.click();
  await expect(del).toBeEnabled();
  await expect(dialog.getByText(why)).toBeHidden();
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

const toolbarOf = (page: Page) => page.getByRole('toolbar', { name: 'Virtual machine actions' });
const rowOf = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(`^${name}\\b`) });
const ticks = (text: string) => [...text.matchAll(/tick-(\d+)/g)].map((m) => Number(m[1]));

async function typeLine(page: Page, line: string) {
  await page.locator('[data-testid="console-terminal"]').click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** Waits until a dialog's opening animation is over, so a screenshot shows it as a person sees it. */
async function settled(locator: Locator) {
  await locator.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

/** The toolbar's Force off…, and yes in the dialog it opens. */
async function forceOffConfirmed(page: Page, name: string) {
  await toolbarOf(page).getByRole('button', { name: 'Force off' }).click();
  const ask = page.getByRole('alertdialog', { name: `Force off “${name}”?` });
  await ask.getByRole('button', { name: 'Force off' }).click();
  await expect(ask).toBeHidden();
}

async function powerAction(page: Page, item: string) {
  await toolbarOf(page).getByRole('button', { name: 'More power actions' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test('reboot, save state and restore, the balloon, discard a saved state', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const name = 'saver';
  await page.goto(server.url);
  await createAndStart(page, name);
  const row = rowOf(page, name);
  const toolbar = toolbarOf(page);
  await expectOnTerminal(page, 'VIRTDESK-GUEST-READY', 90_000);

  // Reboot (the power menu): the screen is cleared first, so the guest's marker can only come back
  // from a new boot of the same VM; it never shows as stopped on the way.
  await typeLine(page, 'clear');
  await expect.poll(() => terminalText(page)).not.toContain('VIRTDESK-GUEST-READY');
  await toolbar.getByRole('button', { name: 'More power actions' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Reboot' })).toBeEnabled();
  await expect(menu.getByRole('menuitem', { name: 'Save state' })).toBeEnabled();
  await shot(page, testInfo, '1-power-menu');
  await menu.getByRole('menuitem', { name: 'Reboot' }).click();
  await expectOnTerminal(page, 'VIRTDESK-GUEST-READY', 120_000);
  await expect(row).toContainText(/running/i);

  // Save state with its key while the terminal has the keyboard (Ctrl+Shift keys are the app's).
  await typeLine(page, 'i=0; while :; do i=$((i+1)); echo tick-$i; sleep 0.5; done');
  await expectOnTerminal(page, 'tick-6', 30_000);
  const before = Math.max(...ticks(await terminalText(page)));
  await page.keyboard.press('Control+Shift+H');
  // The save is a task in the status bar (with Cancel while it runs); it stays a moment when done.
  await expect(page.getByRole('button', { name: /Saving the state to disk/ })).toBeVisible();
  await expect(row).toContainText(/saved/i, { timeout: 60_000 });
  const restore = toolbar.getByRole('button', { name: 'Restore', exact: true });
  await expect(restore).toBeEnabled();
  await expect(toolbar.getByRole('button', { name: 'Start', exact: true })).toHaveCount(0);

  // While saved, the console says how to get the guest back.
  await expect(page.getByRole('heading', { name: 'The VM’s state is saved' })).toBeVisible();
  await shot(page, testInfo, '2-saved');

  // Restore: the guest carries on counting where it was (the scrollback from before the save is
  // replayed above it), it does not boot again.
  await restore.click();
  await expect(row).toContainText(/running/i, { timeout: 60_000 });
  await expectOnTerminal(page, `tick-${before + 4}`, 60_000);
  const text = await terminalText(page);
  expect(text.slice(text.indexOf(`tick-${before + 1}`))).not.toContain('VIRTDESK-GUEST-READY');
  await shot(page, testInfo, '3-restored');

  // The balloon: after Apply the guest is left less memory, and the page shows what it has now.
  await page.getByRole('tab', { name: 'Details' }).click();
  const hardware = page.getByRole('tablist', { name: 'Hardware' });
  await hardware.getByRole('tab', { name: 'Memory', exact: true }).click();
  await expect(page.getByTestId('balloon-now')).toHaveText('The guest has 256 MiB now (balloon)');
  await page.getByLabel('Current memory (MiB)').fill('200');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('balloon-now')).toHaveText('The guest has 200 MiB now (balloon)', { timeout: 60_000 });
  await shot(page, testInfo, '4-balloon');
  await hardware.getByRole('tab', { name: 'Overview', exact: true }).click();
  await expect(page.getByTestId('balloon-now')).toHaveText('The guest has 200 MiB now (balloon)');
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
  await page.getByTestId('balloon-now').scrollIntoViewIfNeeded();
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, 'dark-1-overview-balloon');
  await page.emulateMedia({ colorScheme: 'light' });

  // Saved again from the menu, then discarded from the row menu: it asks, like pulling the plug.
  await powerAction(page, 'Save state');
  await expect(row).toContainText(/saved/i, { timeout: 60_000 });
  await row.click({ button: 'right' });
  await expect(page.getByRole('menuitem', { name: 'Restore' })).toBeEnabled();
  await expect(page.getByRole('menuitem', { name: 'Start disposable' })).toBeDisabled();
  await settled(page.getByRole('menu'));
  await shot(page, testInfo, '5-row-menu-saved');
  await page.getByRole('menuitem', { name: 'Discard saved state…' }).click();
  const discard = page.getByRole('alertdialog', { name: `Discard the saved state of “${name}”?` });
  await expect(discard).toContainText('pulling the plug');
  await settled(discard);
  await shot(page, testInfo, '6-discard-dialog');
  await discard.getByRole('button', { name: 'Discard saved state' }).click();
  await expect(discard).toBeHidden();
  await expect(row).toContainText(/stopped/i);
  await expect(toolbar.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
});

test('start disposable, and a linked clone that boots', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const name = 'origin';
  await page.goto(server.url);
  await createAndStart(page, name);
  const row = rowOf(page, name);
  const toolbar = toolbarOf(page);
  await row.click();
  await forceOffConfirmed(page, name);
  await expect(row).toContainText(/stopped/i);

  // Start disposable: the header says so, and its tooltip says what it means.
  await toolbar.getByRole('button', { name: 'More ways to start' }).click();
  await page.getByRole('menuitem', { name: 'Start disposable' }).click();
  await expect(row).toContainText(/running/i, { timeout: 60_000 });
  const badge = page.getByRole('region', { name: 'Details', exact: true }).getByText('disposable', { exact: true });
  await expect(badge).toBeVisible();
  await badge.hover();
  await expect(page.getByRole('tooltip')).toContainText('thrown away when it stops');
  await shot(page, testInfo, '7-disposable');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, 'dark-2-disposable');
  await page.emulateMedia({ colorScheme: 'light' });
  // A disposable run cannot be saved: its writes exist only while QEMU runs.
  await toolbar.getByRole('button', { name: 'More power actions' }).click();
  await expect(page.getByRole('menuitem', { name: 'Save state' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await forceOffConfirmed(page, name);
  await expect(row).toContainText(/stopped/i);
  await expect(badge).toBeHidden();

  // Clone… (the row menu, and the VM page's More menu): a name, checked as typed, and full copy or
  // linked clone.
  await page.getByRole('button', { name: 'More actions' }).click();
  await expect(page.getByRole('menuitem', { name: 'Clone…' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await row.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Clone…' }).click();
  const dialog = page.getByRole('dialog', { name: `Clone “${name}”` });
  const nameField = dialog.getByLabel('Name', { exact: true });
  await expect(nameField).toHaveValue(`${name} clone`);
  await nameField.fill(name);
  await expect(dialog.getByText(`A VM named "${name}" exists already`)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Clone', exact: true })).toBeDisabled();
  await nameField.fill('linked one');
  await dialog.getByRole('radio', { name: /Linked clone/ }).click();
  await expect(dialog.getByText(/read-only base that both VMs share/)).toBeVisible();
  await settled(dialog);
  await shot(page, testInfo, '8-clone-dialog');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, 'dark-3-clone-dialog');
  await page.emulateMedia({ colorScheme: 'light' });
  await dialog.getByRole('button', { name: 'Clone', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });

  // The clone is in the list, selected, and boots from its overlay on the shared base.
  const clone = rowOf(page, 'linked one');
  await expect(clone).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status').filter({ hasText: `Cloned “${name}” as “linked one”` })).toBeVisible();
  await toolbar.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(clone).toContainText(/running/i, { timeout: 60_000 });
  await page.getByRole('tab', { name: 'Console' }).click();
  await expectOnTerminal(page, 'VIRTDESK-GUEST-READY', 120_000);
  await shot(page, testInfo, '9-clone-running');
});

test('Force off asks first until told not to; a shutdown the guest ignores is forced, and the VM says so', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const name = 'stubborn';
  // Every request the page makes is answered: no 404 in the browser's console (the favicon included).
  const missing: string[] = [];
  page.on('response', (r) => r.status() === 404 && missing.push(r.url()));
  await page.goto(server.url);
  await createAndStart(page, name);
  const row = rowOf(page, name);
  const toolbar = toolbarOf(page);
  await expectOnTerminal(page, 'VIRTDESK-GUEST-READY', 90_000);
  await row.click();

  // The toolbar asks; Cancel leaves the guest running.
  await toolbar.getByRole('button', { name: 'Force off…' }).click();
  const ask = page.getByRole('alertdialog', { name: `Force off “${name}”?` });
  await expect(ask).toContainText('Like pulling the power plug');
  await settled(ask);
  await shot(page, testInfo, '8-force-off-ask');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, 'dark-3-force-off-ask');
  await page.emulateMedia({ colorScheme: 'light' });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  // So do the row menu and the keyboard.
  await row.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Force off…' }).click();
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await row.focus();
  await page.keyboard.press('Control+Shift+K');
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toContainText(/running/i);

  // A guest that ignores the power button (its acpid gone) is forced off when the countdown ends, and
  // the stopped VM says so. (The countdown is the engine's; 3 s instead of 60 keeps the test short.)
  await typeLine(page, 'killall acpid; echo acpid-$((6*7))');
  await expectOnTerminal(page, 'acpid-42', 30_000);
  const vm = (await callApi<VmSummary[]>(server, 'list', {})).find((v) => v.name === name)!;
  await callApi(server, 'shutdown', { id: vm.id, timeoutSec: 3 });
  await expect(row).toContainText(/stopped/i, { timeout: 30_000 });
  const notice = `${name} did not shut down within 3 s and was forced off`;
  await expect(row.getByRole('img', { name: new RegExp(`^Warning: ${notice}`) })).toBeVisible();
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('alert').filter({ hasText: notice })).toContainText('anything it had not saved is lost');
  await shot(page, testInfo, '9-forced-off-notice');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, 'dark-4-forced-off-notice');
  await page.emulateMedia({ colorScheme: 'light' });

  // The notice lasts until the next start.
  await toolbar.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(row).toContainText(/running/i, { timeout: 60_000 });
  await expect(row.getByRole('img', { name: /^Warning:/ })).toHaveCount(0);

  // "Don't ask again": the next Force off (here by its key) just happens...
  await toolbar.getByRole('button', { name: 'Force off…' }).click();
  await ask.getByRole('checkbox', { name: 'Don’t ask again' }).click();
  await ask.getByRole('button', { name: 'Force off' }).click();
  await expect(row).toContainText(/stopped/i, { timeout: 30_000 });
  await expect(row.getByRole('img', { name: /^Warning:/ })).toHaveCount(0); // forced by the person: no notice
  await toolbar.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(row).toContainText(/running/i, { timeout: 60_000 });
  await expect(toolbar.getByRole('button', { name: 'Force off', exact: true })).toBeVisible();
  await row.focus();
  await page.keyboard.press('Control+Shift+K');
  await expect(row).toContainText(/stopped/i, { timeout: 30_000 });
  await expect(ask).toBeHidden();
  // ...and the power menu brings the question back.
  await toolbar.getByRole('button', { name: 'More power actions' }).click();
  const again = page.getByRole('menuitemcheckbox', { name: 'Ask before Force off' });
  await expect(again).not.toBeChecked();
  await again.click();
  await expect(toolbar.getByRole('button', { name: 'Force off…' })).toBeVisible();

  expect(missing).toEqual([]);
  const icon = await page.request.get(new URL('/favicon.ico', server.url).toString());
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/png');
});
