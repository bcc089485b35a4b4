// Click, don't type: the engine's file chooser (a typed folder lists, the keyboard moves and picks, the
// filter and hidden files), the media library (an ISO in a folder the user adds, its OS, "New VM" from
// it), and the CD-ROM's Eject and Change… acting at once on a running VM. In Debian's Chromium against
// the real headless server and real QEMU (TCG). Screenshots light and dark at 1024x640.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { callApi } from './support/api.js';
import { SHOTS, shooter } from './support/artifacts.js';
import { startHeadless, type Headless } from './support/headless.js';
import { GUEST_ISO, kernelVm, requireGuest } from './support/vms.js';

// Real install media from Debian packages (ipxe, memtest86+), as a user downloads them.
const IPXE_ISO = '/usr/lib/ipxe/ipxe.iso';
const MEMTEST_ISO = '/usr/lib/memtest86+/memtest86+x64.iso';
const VIEWPORT = { width: 1024, height: 640 };

test.describe.configure({ mode: 'serial' });
test.use({ viewport: VIEWPORT });

let server: Headless;
/**
 * The user's own folder of media, outside VirtDesk's: the test guest's ISO, iPXE's (linked) and
 * memtest86+'s (copied), a note, a subfolder, a hidden ISO.
 */
let media: string;
let isos: string;
let iso: string;

test.beforeAll(async () => {
  requireGuest();
  for (const f of [IPXE_ISO, MEMTEST_ISO]) if (!fs.existsSync(f)) throw new Error(`missing ${f}: apt-get install ipxe memtest86+`);
  fs.mkdirSync(SHOTS, { recursive: true });
  media = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-media-'));
  isos = path.join(media, 'isos');
  iso = path.join(isos, 'guest.iso');
  fs.mkdirSync(path.join(isos, 'Older'), { recursive: true });
  fs.copyFileSync(GUEST_ISO, iso);
  fs.symlinkSync(IPXE_ISO, path.join(isos, 'ipxe.iso'));
  fs.copyFileSync(MEMTEST_ISO, path.join(isos, 'memtest86+x64.iso'));
  fs.copyFileSync(GUEST_ISO, path.join(isos, '.hidden.iso'));
  fs.writeFileSync(path.join(isos, 'notes.txt'), 'where the ISOs came from\n');
  server = await startHeadless();
});
test.afterAll(async () => {
  await server?.stop();
  if (media) fs.rmSync(media, { recursive: true, force: true });
});

const shot = shooter('media');

async function openWizard(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New VM' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New virtual machine' });
  await expect(dialog.getByRole('heading', { name: 'Install source' })).toBeVisible();
  return dialog;
}

const option = (list: Locator, name: string) =>
  list.getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });

test('chooser: a typed folder lists, the keyboard moves and picks an ISO into the wizard', async ({ page }, testInfo) => {
  await page.goto(server.url);
  const wizard = await openWizard(page);
  await wizard.getByRole('button', { name: 'Browse…' }).click();
  const chooser = page.getByRole('dialog', { name: 'Choose an ISO image' });
  await expect(chooser).toBeVisible();
  const location = chooser.getByLabel('Location');
  const list = chooser.getByRole('listbox');

  // A folder that does not exist says so; typing a folder lists it: folders first, ISO images only.
  await location.fill(path.join(media, 'nope/'));
  await expect(chooser.getByRole('alert')).toHaveText(/nope does not exist: check the path, or go up to a folder that exists\./);
  await location.fill(`${isos}/`);
  await expect(list).toHaveAccessibleName(`Contents of ${isos}`);
  await expect(list.getByRole('option')).toHaveCount(4);
  await expect(list.getByRole('option').nth(0)).toContainText('Older');
  await expect(list.getByRole('option').nth(1)).toContainText('guest.iso');
  // Each file with its size (a link's is its target's).
  await expect(option(list, 'ipxe.iso')).toContainText('2 MiB');
  await expect(option(list, 'memtest86+x64.iso')).toContainText('5.9 MiB');
  await expect(chooser.getByText('Not shown: 1 hidden, 1 other file.')).toBeVisible();
  await expect(chooser.getByRole('alert')).toBeEmpty();
  await shot(page, testInfo, '1-chooser-typed');

  // Hidden files on request; every file with the filter at "All files".
  await chooser.getByRole('switch').click();
  await expect(option(list, '.hidden.iso')).toBeVisible();
  await chooser.getByRole('switch').click();
  await expect(option(list, '.hidden.iso')).toBeHidden();
  await chooser.getByRole('combobox', { name: 'Show' }).click();
  await page.getByRole('option', { name: 'All files' }).click();
  await expect(option(list, 'notes.txt')).toBeVisible();
  await chooser.getByRole('combobox', { name: 'Show' }).click();
  await page.getByRole('option', { name: 'ISO images' }).click();
  await expect(option(list, 'notes.txt')).toBeHidden();

  // The keyboard: down into the list, Enter opens a folder, Backspace comes back to it, Enter picks.
  await location.press('ArrowDown');
  await expect(list).toBeFocused();
  await expect(option(list, 'Older')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(list).toHaveAccessibleName(`Contents of ${path.join(isos, 'Older')}`);
  await expect(chooser.getByText('No ISO images or folders here.')).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(list).toHaveAccessibleName(`Contents of ${isos}`);
  await expect(option(list, 'Older')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(option(list, 'guest.iso')).toHaveAttribute('aria-selected', 'true');
  await shot(page, testInfo, '2-chooser-keyboard');
  await page.keyboard.press('Enter');
  await expect(chooser).toBeHidden();
  await expect(wizard.getByLabel('Install ISO')).toHaveValue(iso);

  // Browse with an empty field starts in the folder last picked from; a double-click picks too.
  await wizard.getByLabel('Install ISO').fill('');
  await wizard.getByRole('button', { name: 'Browse…' }).click();
  await expect(list).toHaveAccessibleName(`Contents of ${isos}`);
  await option(list, 'guest.iso').dblclick();
  await expect(chooser).toBeHidden();
  await expect(wizard.getByLabel('Install ISO')).toHaveValue(iso);

  // A half-typed name selects its entry and Enter takes it.
  await wizard.getByRole('button', { name: 'Browse…' }).click();
  await location.fill(path.join(isos, 'gue'));
  await expect(option(list, 'guest.iso')).toHaveAttribute('aria-selected', 'true');
  await location.press('Enter');
  await expect(chooser).toBeHidden();
  await expect(wizard.getByLabel('Install ISO')).toHaveValue(iso);

  // The picked ISO is what the wizard goes on with.
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByRole('heading', { name: 'Operating system' })).toBeVisible();
  await expect(wizard.getByText(/VirtDesk test guest/).first()).toBeVisible();
  await wizard.getByRole('button', { name: 'Cancel' }).click();

  // Dark, at the same size.
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await openWizard(page);
  await dark.getByRole('button', { name: 'Browse…' }).click();
  await expect(list).toHaveAccessibleName(`Contents of ${isos}`);
  await expect(option(list, 'guest.iso')).toBeVisible();
  await list.focus();
  await shot(page, testInfo, '3-chooser-dark');
});

test('library: an ISO in an added folder, with its OS; New VM from it opens the wizard filled in', async ({ page }, testInfo) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('region', { name: 'Library' });
  await expect(library.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expect(library.getByText('Downloads, until you choose folders.', { exact: false })).toBeVisible();

  // Add the folder with the chooser in folder mode; then stop looking in Downloads.
  await library.getByRole('button', { name: 'Add folder…' }).click();
  const chooser = page.getByRole('dialog', { name: 'Choose a folder' });
  await chooser.getByLabel('Location').fill(`${isos}/`);
  await expect(chooser.getByRole('listbox')).toHaveAccessibleName(`Contents of ${isos}`);
  await chooser.getByRole('button', { name: 'Use this folder' }).click();
  await expect(chooser).toBeHidden();
  await expect(library.getByRole('listitem').filter({ hasText: isos })).toBeVisible();
  const downloads = library.getByRole('button', { name: /^Remove .*Downloads from the library$/ });
  if (await downloads.count()) await downloads.click();
  await expect(library.getByRole('listitem')).toHaveCount(1);

  // The ISO, its OS (detected once, then remembered), its size; the hidden copy is not media a person sees.
  const row = library.getByRole('row', { name: 'guest.iso' });
  await expect(row).toBeVisible();
  await expect(row.getByText(/VirtDesk test guest/)).toBeVisible({ timeout: 60_000 });
  await expect(row).toContainText('No VM');
  await expect(library.getByRole('row', { name: '.hidden.iso' })).toHaveCount(0);
  await expect(library.getByText('3 ISO images · 0 disk images')).toBeVisible();
  // Debian's iPXE and memtest86+ ISOs, each with its OS and size.
  const ipxe = library.getByRole('row', { name: 'ipxe.iso' });
  await expect(ipxe).toContainText('iPXE (network boot)', { timeout: 60_000 });
  await expect(ipxe).toContainText('2 MiB');
  const memtest = library.getByRole('row', { name: 'memtest86+x64.iso' });
  await expect(memtest).toContainText('Memtest86+ (memory test)', { timeout: 60_000 });
  await expect(memtest).toContainText('5.9 MiB');
  await shot(page, testInfo, '4-library');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, '5-library-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await row.getByRole('button', { name: 'New VM from guest.iso' }).click();
  const wizard = page.getByRole('dialog', { name: 'New virtual machine' });
  await expect(wizard.getByLabel('Install ISO')).toHaveValue(iso);
  await shot(page, testInfo, '6-library-new-vm');
  await wizard.getByRole('button', { name: 'Cancel' }).click();
  await expect(wizard).toBeHidden();
  // Opened again from the toolbar, the wizard starts empty: the ISO was for that one time.
  const fresh = await openWizard(page);
  await expect(fresh.getByLabel('Install ISO')).toHaveValue('');
  await fresh.getByRole('button', { name: 'Cancel' }).click();
});

/** What QEMU itself says about the drive: the monitor's `info block`, then back to the CD-ROM page. */
async function infoBlock(page: Page, expected: string) {
  await page.getByRole('tab', { name: 'Console' }).click();
  await page.getByRole('radio', { name: 'Monitor' }).click();
  const monitor = page.locator('[data-testid="monitor-terminal"] .xterm-rows');
  await expect(monitor).toContainText('(qemu)', { timeout: 15_000 });
  await page.getByRole('region', { name: /QEMU monitor of cd-live/ }).click();
  await page.keyboard.type('info block');
  await page.keyboard.press('Enter');
  await expect(monitor).toContainText(expected, { timeout: 15_000 });
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByLabel('ISO image', { exact: true })).toBeVisible();
}

test('CD-ROM: Eject and Change… act at once on a running VM', async ({ page }, testInfo) => {
  const vm = await callApi<{ id: string }>(server, 'create', kernelVm('cd-live'));
  try {
    await callApi(server, 'update', { id: vm.id, patch: { cdroms: [{ file: iso, bus: 'sata' }] } });
    await callApi(server, 'start', { id: vm.id });
    await page.goto(server.url);
    const row = page.getByRole('row', { name: /cd-live/ });
    await expect(row).toContainText(/running/i, { timeout: 60_000 });
    await row.click();
    await page.getByRole('tab', { name: 'Details' }).click();
    await page
      .getByRole('tablist', { name: 'Hardware' })
      .getByRole('tab', { name: /^CD-ROM drives/ })
      .click();
    const field = page.getByLabel('ISO image', { exact: true });
    await expect(field).toHaveValue(iso);
    await expect(page.getByText(/Eject and Change… act at once: the running guest sees the new medium now/)).toBeVisible();

    // Eject: no Apply; QEMU's drive is empty at once.
    await page.getByRole('button', { name: 'Eject CD-ROM 1' }).click();
    await expect(page.getByText('CD-ROM 1: medium ejected from the running VM')).toBeVisible();
    await expect(field).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await shot(page, testInfo, '7-cd-ejected');
    await infoBlock(page, 'not inserted');

    // Change…: the chooser, then the new medium is in at once.
    await page.getByRole('button', { name: 'Change the medium of CD-ROM 1' }).click();
    const chooser = page.getByRole('dialog', { name: 'Choose an ISO image' });
    await chooser.getByLabel('Location').fill(iso);
    await expect(chooser.getByRole('option', { name: /^guest\.iso/ })).toHaveAttribute('aria-selected', 'true');
    await chooser.getByRole('button', { name: 'Choose' }).click();
    await expect(page.getByText('CD-ROM 1: guest.iso inserted in the running VM')).toBeVisible();
    await expect(field).toHaveValue(iso);
    await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();

    await infoBlock(page, 'guest.iso');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.getByText(/Eject and Change… act at once/)).toBeVisible();
    await shot(page, testInfo, '8-cd-dark');
  } finally {
    await callApi(server, 'forceOff', { id: vm.id }).catch(() => undefined);
  }
});
