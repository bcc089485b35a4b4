// The QEMU monitor and the VNC display as a person uses them, in Debian's Chromium against the real
// headless server and real QEMU (TCG): the monitor answers `info block` and its hints name the VM's own
// drives; the VM's screen arrives over VNC, takes the keyboard, goes full screen, can be saved as PNG
// and takes Ctrl+Alt+Del. consoles.spec.ts has the serial console. Screenshots at 1024x640.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { callApi } from './support/api.js';
import { SHOTS, shooter } from './support/artifacts.js';
import { bootToShell, consoleSuite, createVm, monitor, run, serial, VM } from './support/consoles.js';
import { terminalText } from './support/terminal.js';
import { GUEST_ISO, kernelVm } from './support/vms.js';

const server = consoleSuite();
const shot = shooter('consoles');

test('monitor: QEMU’s human monitor answers info block', async ({ page }, testInfo) => {
  await page.goto(server().url);
  // The display test types on this guest's shell, so it boots that far first.
  await createVm(page, VM, true);
  await expect(page.getByRole('row', { name: new RegExp(VM) })).toContainText(/running/i);
  await bootToShell(page);
  await page.getByRole('row', { name: new RegExp(VM) }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  await page.getByRole('radio', { name: 'Monitor' }).click();
  await expect(page.getByRole('region', { name: `QEMU monitor of ${VM}` })).toBeVisible();
  await expect(monitor(page)).toContainText('(qemu)', { timeout: 15_000 });
  await page.getByRole('region', { name: `QEMU monitor of ${VM}` }).click();
  await run(page, 'info block');
  await expect(monitor(page)).toContainText('ide1-cd0', { timeout: 15_000 });
  await expect(monitor(page)).toContainText(/disk0/);
  // The hint's commands type themselves.
  await page.getByRole('button', { name: 'Type info status' }).click();
  await page.keyboard.press('Enter');
  await expect(monitor(page)).toContainText('VM status: running', { timeout: 15_000 });
  await shot(page, testInfo, '5-monitor');
  // The choice is remembered for this VM.
  await page.reload();
  await page.getByRole('row', { name: new RegExp(VM) }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  await expect(page.getByRole('radio', { name: 'Monitor' })).toBeChecked();
});

test('monitor hints name a q35 VM’s own CD-ROM drive (cd0), and the hint’s eject works', async ({ page }, testInfo) => {
  // On q35 the CD-ROM sits on AHCI and QEMU names it cd0: a hint saying ide1-cd0 gets "Device not found".
  const name = 'q35 guest';
  const vm = await callApi<{ id: string }>(server(), 'create', kernelVm(name));
  await callApi(server(), 'update', { id: vm.id, patch: { machine: 'q35', cdroms: [{ file: GUEST_ISO, bus: 'ide' }] } });
  await callApi(server(), 'start', { id: vm.id });
  try {
    await page.goto(server().url);
    await page.getByRole('row', { name: new RegExp(name) }).click();
    await page.getByRole('tab', { name: 'Console' }).click();
    await page.getByRole('radio', { name: 'Monitor' }).click();
    const screen = page.getByRole('region', { name: `QEMU monitor of ${name}` });
    await expect(monitor(page)).toContainText('(qemu)', { timeout: 15_000 });
    const hints = page.getByRole('list', { name: 'Monitor commands' });
    await expect(hints).toContainText('eject cd0');
    await expect(hints).toContainText('change cd0 /path/x.iso');
    await expect(hints).not.toContainText('ide1-cd0');
    await screen.click();
    await run(page, 'info block cd0');
    await expect(monitor(page)).toContainText(`cd0 (#block`, { timeout: 15_000 });
    await expect(monitor(page)).toContainText('guest.iso');
    await shot(page, testInfo, '5b-monitor-q35');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, testInfo, 'dark-2b-monitor-q35');
    await page.emulateMedia({ colorScheme: 'light' });
    // The hint types the command; Enter runs it, and the drive is empty afterwards.
    await page.getByRole('button', { name: 'Type eject cd0' }).click();
    await page.keyboard.press('Enter');
    await run(page, 'info block cd0');
    await expect(monitor(page)).toContainText('cd0: [not inserted]', { timeout: 15_000 });
    await expect(monitor(page)).not.toContainText('not found');
  } finally {
    await callApi(server(), 'forceOff', { id: vm.id }).catch(() => {});
    await callApi(server(), 'remove', { id: vm.id, deleteFiles: [] });
  }
});

test('display: the guest’s screen over VNC, keyboard capture, screenshot, Ctrl+Alt+Del', async ({ page }, testInfo) => {
  await page.goto(server().url);
  await page.getByRole('row', { name: new RegExp(VM) }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  await page.getByRole('radio', { name: 'Display' }).click();
  const screen = page.getByRole('region', { name: `Screen of ${VM}` });
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible({ timeout: 20_000 });
  const canvas = screen.locator('canvas');
  await expect(canvas).toBeVisible();

  // The canvas has the framebuffer's size, as the bar says.
  const sizeText = page.getByLabel(/^Guest screen \d+ by \d+ pixels$/);
  await expect(sizeText).toBeVisible();
  const [fbW, fbH] = ((await sizeText.getAttribute('aria-label')) ?? '').match(/\d+/g)!.map(Number);
  expect(await canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.height])).toEqual([fbW, fbH]);

  // Keyboard capture: a click gives the VM the keyboard, Ctrl+Alt takes it back.
  await expect(page.getByText('Click the screen to type into the VM')).toBeVisible();
  await canvas.click();
  await expect(page.getByText('Keyboard goes to the VM — click outside or press Ctrl+Alt to release')).toBeVisible();
  await shot(page, testInfo, '6-display-captured');
  await page.keyboard.press('Control+1'); // the guest's, not the app's "Details tab"
  await expect(page.getByRole('tab', { name: 'Console' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.down('Control');
  await page.keyboard.down('Alt');
  await page.keyboard.up('Alt');
  await page.keyboard.up('Control');
  await expect(page.getByText('Click the screen to type into the VM')).toBeVisible();
  // From the keyboard: a button gives the VM the keyboard; a click outside takes it back.
  await page.getByRole('button', { name: 'Type into the VM' }).click();
  await expect(page.getByText(/^Keyboard goes to the VM/)).toBeVisible();
  await page.getByRole('heading', { name: VM }).click();
  await expect(page.getByText('Click the screen to type into the VM')).toBeVisible();
  await page.getByRole('radio', { name: '1:1 (one guest pixel per screen pixel)' }).click();
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => Math.round(c.getBoundingClientRect().width))).toBe(fbW);
  await page.getByRole('radio', { name: 'Scale to window' }).click();

  // Full screen: the console with its toolbar; its menus still open inside it.
  await page.getByRole('button', { name: 'Full screen' }).click();
  // The whole console goes full screen, its toolbar with the screen.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          !!document.fullscreenElement?.querySelector('canvas') && !!document.fullscreenElement.querySelector('[aria-label="Send key"]'),
      ),
    )
    .toBe(true);
  await page.getByRole('button', { name: 'Send key' }).click();
  await expect(page.getByRole('menuitem', { name: 'Ctrl+Alt+Del' })).toBeVisible();
  expect(await page.getByRole('menu').evaluate((m) => document.fullscreenElement!.contains(m))).toBe(true);
  await shot(page, testInfo, '6-display-fullscreen-menu');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Leave full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

  // Screenshot: a PNG named after the VM and the time.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Screenshot' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^con guest-\d{4}-\d\d-\d\d-\d{6}\.png$/);
  const png = path.join(SHOTS, 'consoles-guest-screendump.png');
  await download.saveAs(png);
  const bytes = fs.readFileSync(png);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([fbW, fbH]); // IHDR: the guest's mode

  // Ctrl+Alt+Del from the menu: the guest reboots; GRUB draws its menu on the screen and the serial line.
  await page.getByRole('radio', { name: 'Serial' }).click();
  await serial(page).click();
  await run(page, 'clear');
  await expect.poll(async () => terminalText(page)).not.toMatch(/VirtDesk test guest|VIRTDESK-GUEST-READY/);
  await page.getByRole('radio', { name: 'Display' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Send key' }).click();
  await shot(page, testInfo, '7-send-key-menu');
  await page.getByRole('menuitem', { name: 'Ctrl+Alt+Del' }).click();
  // GRUB draws its menu on the VGA screen too: lots of lit pixels on the canvas, not just a cursor.
  await expect
    .poll(
      () =>
        screen.locator('canvas').evaluate((c: HTMLCanvasElement) => {
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          let lit = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! > 200) lit++;
          return lit;
        }),
      { timeout: 30_000, intervals: [100] },
    )
    .toBeGreaterThan(2000);
  await shot(page, testInfo, '8-display-after-reboot');
  await page.getByRole('radio', { name: 'Serial' }).click();
  await bootToShell(page);
  await expect(page.getByRole('row', { name: new RegExp(VM) })).toContainText(/running/i);
});
