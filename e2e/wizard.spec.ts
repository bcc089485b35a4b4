// The New VM wizard and the hardware editor as a person uses them, in Debian's Chromium against the
// real headless server and real QEMU (TCG: nested KVM hangs guests here): every install source, the
// validation that holds Next back, the review's exact commands, "Customize before install", and
// guests that really boot. Screenshots of every step, light and dark, at 1024x640.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startHeadless, type Headless } from './support/headless.js';
import { SHOTS, shooter } from './support/artifacts.js';
import { expectOnTerminal } from './support/terminal.js';
import { freePort } from '../electron/engine/test-support/free-port.js';
import { requireGuest } from './support/vms.js';

const GUEST_DIR = path.resolve('.cache/test-guest');
const ISO = path.join(GUEST_DIR, 'guest.iso');
const KERNEL = path.join(GUEST_DIR, 'vmlinuz');
const INITRD = path.join(GUEST_DIR, 'initrd.img');
const VIEWPORT = { width: 1024, height: 640 };

test.describe.configure({ mode: 'serial' });
test.use({ viewport: VIEWPORT });

let server: Headless;
let images: string;
/** Host ports for the forwards the wizard creates, from the OS: a fixed one may be in use here. */
let isoPort: number;
let darkPort: number;

function qemuImg(...args: string[]) {
  const r = spawnSync('qemu-img', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`qemu-img ${args.join(' ')} failed: ${r.stderr}`);
}

test.beforeAll(async () => {
  requireGuest();
  fs.mkdirSync(SHOTS, { recursive: true });
  images = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-wizard-images-'));
  qemuImg('create', '-f', 'qcow2', path.join(images, 'import.qcow2'), '64M');
  qemuImg('create', '-f', 'raw', path.join(images, 'import.raw'), '64M');
  isoPort = await freePort('tcp');
  do darkPort = await freePort('tcp');
  while (darkPort === isoPort);
  server = await startHeadless();
});
test.afterAll(async () => {
  await server?.stop();
  if (images) fs.rmSync(images, { recursive: true, force: true });
});

const shot = shooter('wizard');

async function openWizard(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New VM' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New virtual machine' });
  await expect(dialog.getByRole('heading', { name: 'Install source' })).toBeVisible();
  return dialog;
}

const nextButton = (dialog: Locator) => dialog.getByRole('button', { name: 'Next' });

async function next(dialog: Locator, title: string) {
  await nextButton(dialog).click();
  await expect(dialog.getByRole('heading', { name: title })).toBeVisible();
}

/** Memory and CPUs step: 256 MiB under emulation, which boots the test guest in seconds. */
async function smallTcg(page: Page, dialog: Locator) {
  await dialog.getByLabel('Memory (MiB)', { exact: true }).fill('256');
  await dialog.getByLabel('CPUs', { exact: true }).fill('1');
  await dialog.getByRole('combobox', { name: 'Accelerator' }).click();
  await page.getByRole('option', { name: /Emulation/ }).click();
  await expect(page.getByRole('listbox')).toBeHidden(); // screenshots without the closing menu
}

async function forceOff(page: Page, name: string) {
  const row = page.getByRole('row', { name: new RegExp(name) });
  await row.click();
  await page.getByRole('button', { name: /^Force off/ }).click();
  // It asks first (the guest loses what it had not written).
  await page.getByRole('button', { name: 'Force off', exact: true }).click();
  await expect(row).toContainText(/stopped/i, { timeout: 30_000 });
}

test('ISO install: detected OS, validation holds Next back, exact commands, boots to GRUB; live edits', async ({ page }, testInfo) => {
  await page.goto(server.url);
  const dialog = await openWizard(page);

  // Step 1: a relative path is explained and holds Next back.
  await expect(nextButton(dialog)).toBeDisabled();
  await dialog.getByLabel('Install ISO').fill('guest.iso');
  await expect(dialog.getByText(/Give the full path/)).toBeVisible();
  await expect(nextButton(dialog)).toBeDisabled();
  // A well-formed path to nothing: the engine says so, in the step where it can be fixed.
  await dialog.getByLabel('Install ISO').fill('/nonexistent/debian.iso');
  await nextButton(dialog).click();
  await expect(dialog.getByText(/debian\.iso does not exist/)).toBeVisible();
  await expect(dialog.getByLabel('Install ISO')).toBeFocused();
  await shot(page, testInfo, '1-source-engine-error');
  await dialog.getByLabel('Install ISO').fill(ISO);
  await expect(dialog.getByText(/does not exist/)).toBeHidden();
  await expect(nextButton(dialog)).toBeEnabled();
  await shot(page, testInfo, '1-source');

  // Step 2: the OS from the ISO's volume label, with its defaults; the list is searchable.
  await next(dialog, 'Operating system');
  await expect(dialog.getByText(/Detected: VirtDesk test guest/)).toBeVisible();
  await expect(dialog.getByText(/the volume label ‘VIRTDESK_TEST’/)).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /VirtDesk test guest/ })).toBeChecked();
  await shot(page, testInfo, '2-os');
  await dialog.getByRole('searchbox', { name: 'Search operating systems' }).fill('debian');
  await expect(dialog.getByRole('radio', { name: /Debian 12/ })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Fedora/ })).toBeHidden();
  await dialog.getByRole('searchbox', { name: 'Search operating systems' }).fill('');

  // Step 3: memory 0 is refused next to the field.
  await next(dialog, 'Memory and CPUs');
  await expect(dialog.getByLabel('Memory (MiB)', { exact: true })).toHaveValue('256'); // the test guest's default
  await dialog.getByLabel('Memory (MiB)', { exact: true }).fill('0');
  await expect(dialog.getByText(/at least 32 MiB/)).toBeVisible();
  await expect(nextButton(dialog)).toBeDisabled();
  await shot(page, testInfo, '3-resources-invalid');
  // Above the host's memory is refused; above 80 % of it is allowed with an amber warning.
  await dialog.getByLabel('Memory (MiB)', { exact: true }).fill('99999999');
  await expect(dialog.getByText(/This host has \d+ MiB of memory; give the VM less/)).toBeVisible();
  await expect(nextButton(dialog)).toBeDisabled();
  const hostMiB = Number((await dialog.getByText(/This host has \d+ MiB/).innerText()).match(/(\d+) MiB/)![1]);
  await dialog.getByLabel('Memory (MiB)', { exact: true }).fill(String(Math.floor(hostMiB * 0.9)));
  await expect(dialog.getByText(/the host itself may start swapping/)).toBeVisible();
  await expect(nextButton(dialog)).toBeEnabled();
  await shot(page, testInfo, '3-resources-warning');
  await smallTcg(page, dialog);
  await expect(nextButton(dialog)).toBeEnabled();
  await shot(page, testInfo, '3-resources');

  // Step 4: a new 1 GiB qcow2 (the test guest's default).
  await next(dialog, 'Storage');
  await expect(dialog.getByRole('radio', { name: /Create a new disk/ })).toBeChecked();
  await expect(dialog.getByLabel('Disk size (GiB)')).toHaveValue('1');
  await shot(page, testInfo, '4-storage');

  // Step 5: a name that could be a path, a privileged host port and a bad MAC are each refused.
  await next(dialog, 'Name and network');
  await dialog.getByLabel('Name', { exact: true }).fill('../x');
  await expect(dialog.getByText(/start with a letter or digit/)).toBeVisible();
  await expect(nextButton(dialog)).toBeDisabled();
  await dialog.getByLabel('Name', { exact: true }).fill('wiz iso');
  await dialog.getByRole('button', { name: 'Add port forward' }).click();
  await dialog.getByLabel('Host port of forward 1').fill('80');
  await expect(dialog.getByText(/from 1024 up/)).toBeVisible();
  await expect(nextButton(dialog)).toBeDisabled();
  await dialog.getByLabel('Host port of forward 1').fill(String(isoPort));
  await dialog.getByLabel('MAC address (optional)').fill('12:34:56:78:9a:bc');
  await expect(dialog.getByText(/like 52:54:00:ab:cd:ef/)).toBeVisible();
  await expect(nextButton(dialog)).toBeDisabled();
  await shot(page, testInfo, '5-network-invalid');
  await dialog.getByLabel('MAC address (optional)').fill('');
  await expect(nextButton(dialog)).toBeEnabled();
  await shot(page, testInfo, '5-network');

  // Step 6: the plan and the exact commands.
  await next(dialog, 'Review');
  const qemu = dialog.getByLabel('the qemu-system-x86_64 command', { exact: true });
  await expect(qemu).toContainText('qemu-system-x86_64');
  await expect(qemu).toContainText('-accel tcg');
  await expect(qemu).toContainText(`hostfwd=tcp:127.0.0.1:${isoPort}-:22`);
  await expect(dialog.getByLabel('the qemu-img command', { exact: true })).toContainText('qemu-img create -q -f qcow2');
  await expect(dialog.getByRole('button', { name: 'Copy the qemu-system-x86_64 command' })).toBeVisible();
  await shot(page, testInfo, '6-review');
  await dialog.getByRole('button', { name: 'Create and start' }).click();
  await expect(dialog).toBeHidden();

  // Created, started, and the console shows GRUB's menu from the ISO.
  const row = page.getByRole('row', { name: /wiz iso/ });
  await expect(row).toContainText(/running/i);
  await expect(page.getByRole('tab', { name: 'Console' })).toHaveAttribute('aria-selected', 'true');
  await expectOnTerminal(page, 'VirtDesk test guest', 30_000);
  await shot(page, testInfo, '7-iso-console-grub');
  await page.locator('[data-testid="console-terminal"]').click();
  await page.keyboard.press('Enter'); // boot now rather than after GRUB's 5 s
  await expectOnTerminal(page, 'guest#');

  // Editing the running VM: CPUs wait for the next boot; the CD-ROM medium changes at once.
  await page.getByRole('tab', { name: 'Details' }).click();
  const hardware = page.getByRole('tablist', { name: 'Hardware' });
  await hardware.getByRole('tab', { name: 'CPUs', exact: true }).click();
  await page.getByRole('textbox', { name: 'CPUs' }).fill('2');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('applies at next boot').first()).toBeVisible();
  await expect(hardware.getByRole('tab', { name: /CPUs.*applies at next boot/ })).toBeVisible();
  await shot(page, testInfo, '8-editor-pending');
  await hardware.getByRole('tab', { name: /^CD-ROM drives/ }).click();
  await page.getByRole('button', { name: 'Eject CD-ROM 1' }).click(); // at once, as the button says: no Apply
  await expect(page.getByText('CD-ROM 1: medium ejected from the running VM')).toBeVisible();
  await forceOff(page, 'wiz iso');

  // The ISO is remembered for the next VM.
  const again = await openWizard(page);
  await again.getByRole('button', { name: `Use ${ISO}` }).click();
  await expect(again.getByLabel('Install ISO')).toHaveValue(ISO);
  await shot(page, testInfo, '1-source-recent');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toBeHidden();
});

test('direct kernel boot: the guest reaches VIRTDESK-GUEST-READY on the serial console', async ({ page }, testInfo) => {
  await page.goto(server.url);
  const dialog = await openWizard(page);
  await dialog.getByRole('radio', { name: /Direct kernel boot/ }).click();
  await dialog.getByLabel('Kernel', { exact: true }).fill(KERNEL);
  await dialog.getByLabel('Initrd (optional)').fill(INITRD);
  await dialog.getByLabel('Kernel arguments').fill('console=ttyS0');
  await shot(page, testInfo, '1-source-kernel');
  await dialog.getByLabel('Kernel arguments').press('Enter'); // Enter is Next
  await expect(dialog.getByRole('heading', { name: 'Operating system' })).toBeVisible();
  // libosinfo's list is long: a person searches it.
  await dialog.getByRole('searchbox', { name: 'Search operating systems' }).fill('virtdesk');
  await dialog.getByRole('radio', { name: /VirtDesk test guest/ }).click();
  await next(dialog, 'Memory and CPUs');
  await smallTcg(page, dialog);
  await next(dialog, 'Storage');
  await dialog.getByRole('radio', { name: /^No disk/ }).click();
  await next(dialog, 'Name and network');
  await dialog.getByLabel('Name', { exact: true }).fill('wiz kernel');
  await next(dialog, 'Review');
  const qemu = dialog.getByLabel('the qemu-system-x86_64 command', { exact: true });
  await expect(qemu).toContainText('-kernel');
  await expect(qemu).toContainText('console=ttyS0');
  await shot(page, testInfo, '6-review-kernel');
  await dialog.getByRole('button', { name: 'Create and start' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /wiz kernel/ })).toContainText(/running/i);
  await expectOnTerminal(page, 'VIRTDESK-GUEST-READY', 90_000);
  await shot(page, testInfo, '7-kernel-console');
  await forceOff(page, 'wiz kernel');
});

test('import: qcow2 converted, raw used in place; "Customize before install" opens the editor', async ({ page }, testInfo) => {
  await page.goto(server.url);
  let dialog = await openWizard(page);
  await dialog.getByRole('radio', { name: /Import a disk image/ }).click();
  await dialog.getByLabel('Disk image').fill(path.join(images, 'import.qcow2'));
  await expect(dialog.getByRole('radio', { name: /Convert to qcow2/ })).toBeChecked();
  await next(dialog, 'Operating system');
  await expect(dialog.getByText(/cannot tell the OS from a disk image/)).toBeVisible();
  await next(dialog, 'Memory and CPUs');
  await smallTcg(page, dialog);
  await next(dialog, 'Storage');
  await expect(dialog.getByRole('radio', { name: /No other disk/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /Use an existing image/ })).toBeDisabled();
  await next(dialog, 'Name and network');
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('import'); // from the file name
  await dialog.getByLabel('Name', { exact: true }).fill('wiz import');
  await next(dialog, 'Review');
  await expect(dialog.getByLabel('the qemu-img command', { exact: true })).toContainText('qemu-img convert');
  await dialog.getByRole('checkbox', { name: /Customize before install/ }).click();
  await shot(page, testInfo, '6-review-import');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });

  // The editor, not a running VM.
  const row = page.getByRole('row', { name: /wiz import/ });
  await expect(row).toContainText(/stopped/i);
  await expect(page.getByRole('tablist', { name: 'Hardware' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Begin installation' })).toBeVisible();
  await shot(page, testInfo, '9-customize-editor');

  // An edit is validated and saved.
  const hardware = page.getByRole('tablist', { name: 'Hardware' });
  await hardware.getByRole('tab', { name: 'Memory', exact: true }).click();
  await page.getByLabel('Memory (MiB)', { exact: true }).fill('16');
  await expect(page.getByText(/at least 32 MiB/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await page.getByLabel('Memory (MiB)', { exact: true }).fill('384');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  // (The list shows live usage graphs by default, not the configured memory: the command line below proves it.)

  // The command line, and the script that runs the VM without VirtDesk.
  await page.getByRole('button', { name: 'Show command line' }).click();
  const cmd = page.getByRole('dialog', { name: /Command line of/ });
  await expect(cmd.getByLabel('QEMU command line')).toContainText('-m 384');
  await shot(page, testInfo, '10-command-line');
  await cmd.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'More actions' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export as shell script' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.sh$/);

  // A raw image used where it is.
  dialog = await openWizard(page);
  await dialog.getByRole('radio', { name: /Import a disk image/ }).click();
  const rawPath = path.join(images, 'import.raw');
  await dialog.getByLabel('Disk image').fill(rawPath);
  await dialog.getByRole('radio', { name: /Use in place/ }).click();
  await shot(page, testInfo, '1-source-import');
  await next(dialog, 'Operating system');
  await next(dialog, 'Memory and CPUs');
  await smallTcg(page, dialog);
  await next(dialog, 'Storage');
  await next(dialog, 'Name and network');
  await dialog.getByLabel('Name', { exact: true }).fill('wiz raw');
  await next(dialog, 'Review');
  await expect(dialog.getByLabel('the qemu-system-x86_64 command', { exact: true })).toContainText(rawPath);
  await dialog.getByRole('checkbox', { name: /Customize before install/ }).click();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('tablist', { name: 'Hardware' }).getByRole('tab', { name: 'Disks', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Disk 1' })).toContainText(rawPath);
  await shot(page, testInfo, '11-editor-disks');
});

test('network boot (PXE) needs a network card', async ({ page }, testInfo) => {
  await page.goto(server.url);
  const dialog = await openWizard(page);
  await dialog.getByRole('radio', { name: /Network boot/ }).click();
  await next(dialog, 'Operating system');
  await next(dialog, 'Memory and CPUs');
  await smallTcg(page, dialog);
  await next(dialog, 'Storage');
  await dialog.getByRole('radio', { name: /^No disk/ }).click();
  await next(dialog, 'Name and network');
  await dialog.getByLabel('Name', { exact: true }).fill('wiz pxe');
  await dialog.getByRole('radio', { name: /No network/ }).click();
  await expect(dialog.getByText('Network boot needs a network card.')).toBeVisible();
  await expect(nextButton(dialog)).toBeDisabled();
  await dialog.getByRole('radio', { name: /User networking/ }).click();
  // "wiz iso" forwards isoPort already: the engine refuses, back on this step.
  await dialog.getByRole('button', { name: 'Add port forward' }).click();
  await dialog.getByLabel('Host port of forward 1').fill(String(isoPort));
  await nextButton(dialog).click();
  await expect(dialog.getByRole('heading', { name: 'Name and network' })).toBeVisible();
  await expect(dialog.getByText(`${isoPort}/tcp is already forwarded by the VM "wiz iso"`)).toBeVisible();
  await expect(dialog.getByLabel('Host port of forward 1')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, testInfo, '5-network-engine-error');
  await dialog.getByRole('button', { name: 'Remove forward 1' }).click();
  await next(dialog, 'Review');
  await expect(dialog.getByLabel('the qemu-system-x86_64 command', { exact: true })).toContainText(
    /-device virtio-net-pci,[^\n]*bootindex=1/,
  ); // the NIC boots first
  await shot(page, testInfo, '6-review-pxe');
  await dialog.getByRole('checkbox', { name: /Customize before install/ }).click();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('tablist', { name: 'Hardware' }).getByRole('tab', { name: 'Boot options' }).click();
  await expect(page.getByRole('checkbox', { name: 'Network (PXE)' })).toBeChecked();

  // virt-manager's "Begin installation": start it and show the console.
  await page.getByRole('button', { name: 'Begin installation' }).click();
  await expect(page.getByRole('row', { name: /wiz pxe/ })).toContainText(/running/i);
  await expect(page.getByRole('tab', { name: 'Console' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Begin installation' })).toBeHidden();
  await forceOff(page, 'wiz pxe');
});

test('dark mode: every step and the editor', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    const dialog = await openWizard(page);
    await dialog.getByLabel('Install ISO').fill(ISO);
    await shot(page, testInfo, 'dark-1-source');
    await next(dialog, 'Operating system');
    await expect(dialog.getByText(/Detected: VirtDesk test guest/)).toBeVisible();
    await shot(page, testInfo, 'dark-2-os');
    await next(dialog, 'Memory and CPUs');
    await smallTcg(page, dialog);
    await shot(page, testInfo, 'dark-3-resources');
    await next(dialog, 'Storage');
    await shot(page, testInfo, 'dark-4-storage');
    await next(dialog, 'Name and network');
    await dialog.getByLabel('Name', { exact: true }).fill('wiz dark');
    await dialog.getByRole('button', { name: 'Add port forward' }).click();
    await dialog.getByLabel('Host port of forward 1').fill(String(darkPort));
    await shot(page, testInfo, 'dark-5-network');
    await next(dialog, 'Review');
    await expect(dialog.getByLabel('the qemu-system-x86_64 command', { exact: true })).toBeVisible();
    await shot(page, testInfo, 'dark-6-review');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('row', { name: /wiz import/ }).click();
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByRole('tablist', { name: 'Hardware' }).getByRole('tab', { name: 'Network cards' }).click();
    await shot(page, testInfo, 'dark-9-editor-nics');
  } finally {
    await context.close();
  }
});
