// The three consoles as a person uses them, in Debian's Chromium against the real headless server and
// real QEMU (TCG): the serial console follows its pane (the guest learns the size on `resize`), copy and
// paste go through the clipboard, the scrollback is searchable; the QEMU monitor answers `info block`;
// the VM's screen arrives over VNC, can be saved as PNG and takes Ctrl+Alt+Del; a console opens in a
// window of its own; a VM without a serial port or display says how to add one. Screenshots at
// 1024x640, light and dark.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import NodeWebSocket from 'ws';
import { wsText } from '../electron/engine/ws-text.js';
import { startHeadless, type Headless } from './support/headless.js';
import { SHOTS, shooter } from './support/artifacts.js';
import { expectOnTerminal, terminalText } from './support/terminal.js';

const GUEST_ISO = path.resolve('.cache/test-guest/guest.iso');
const VIEWPORT = { width: 1024, height: 640 };
const VM = 'con guest';

test.describe.configure({ mode: 'serial' });
test.use({ viewport: VIEWPORT, permissions: ['clipboard-read', 'clipboard-write'] });

let server: Headless;
test.beforeAll(async () => {
  if (!fs.existsSync(GUEST_ISO)) throw new Error(`missing ${GUEST_ISO}: run "bash scripts/build-test-guest.sh"`);
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startHeadless();
});
test.afterAll(async () => server?.stop());

const shot = shooter('consoles');

/** New VM from the test guest's ISO under emulation; "Customize before install" leaves it stopped. */
async function createVm(page: Page, name: string, start: boolean) {
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

const serial = (page: Page) => page.locator('[data-testid="console-terminal"]');
const monitor = (page: Page) => page.locator('[data-testid="monitor-terminal"] .xterm-rows');

/** Types a command line into the focused terminal and presses Enter. */
async function run(page: Page, line: string) {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** Columns and rows as the console's bar shows them (what xterm.js has after fitting its pane). */
async function barSize(page: Page): Promise<{ cols: number; rows: number }> {
  const label = (await page.getByLabel(/^Terminal size \d+ columns by \d+ rows$/).getAttribute('aria-label')) ?? '';
  const m = /(\d+) columns by (\d+) rows/.exec(label)!;
  return { cols: Number(m[1]), rows: Number(m[2]) };
}

/**
 * The guest's idea of its terminal size after a resize. Debian's busybox has no `resize` applet, so the
 * test defines the classic one as a shell function: move the cursor far down-right, ask the terminal
 * where it ended up (CSI 6n, answered by xterm.js through the relay), and tell the tty.
 */
const RESIZE_FN =
  'resize() { stty -icanon -echo; printf \'\\0337\\033[999;999H\\033[6n\\0338\'; IFS=\'[;\' read -r -t 3 -d R _ r c; stty icanon echo; stty rows "$r" cols "$c"; }';

async function guestSize(page: Page, tag: string): Promise<{ cols: number; rows: number }> {
  await run(page, `resize; echo "${tag}=$(stty size)="`);
  const re = new RegExp(`${tag}=(\\d+) (\\d+)=`);
  await expectOnTerminal(page, re, 20_000);
  const m = re.exec(await terminalText(page))!;
  return { rows: Number(m[1]), cols: Number(m[2]) };
}

/** Select all, then Copy, from the terminal's context menu. */
async function selectAllAndCopy(page: Page, terminal: Locator): Promise<void> {
  await terminal.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Select all' }).click();
  await terminal.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Copy' }).click();
}

test('serial console: follows its pane, copy and paste, find, font size', async ({ page }, testInfo) => {
  await page.goto(server.url);
  await createVm(page, VM, true);
  const row = page.getByRole('row', { name: new RegExp(VM) });
  await expect(row).toContainText(/running/i);
  await expect(page.getByRole('tab', { name: 'Console' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('radio', { name: 'Serial' })).toBeChecked();
  await expectOnTerminal(page, 'VirtDesk test guest', 30_000);
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await shot(page, testInfo, '1-serial-grub');
  await serial(page).click();
  await page.keyboard.press('Enter'); // boot now rather than after GRUB's 5 s
  await expectOnTerminal(page, 'guest#');

  // Resize: the guest learns the new size when it asks (resize), and it matches the pane.
  await run(page, RESIZE_FN);
  const before = await barSize(page);
  expect(await guestSize(page, 'S1')).toEqual(before);
  await page.setViewportSize({ width: 1400, height: 900 });
  await expect.poll(async () => (await barSize(page)).cols).toBeGreaterThan(before.cols);
  const after = await barSize(page);
  expect(after.rows).toBeGreaterThan(before.rows);
  await serial(page).click();
  expect(await guestSize(page, 'S2')).toEqual(after);
  await page.setViewportSize(VIEWPORT);
  await expect.poll(async () => (await barSize(page)).cols).toBe(before.cols);
  await serial(page).click();
  await run(page, 'clear');

  // Copy: Select all + Copy from the context menu puts the guest's output on the clipboard.
  await run(page, 'echo copy-$((40+2))-me');
  await expectOnTerminal(page, 'copy-42-me', 15_000);
  await selectAllAndCopy(page, serial(page));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('copy-42-me');
  // Paste with Ctrl+Shift+V into a file in the guest: the round trip ends where it began.
  await serial(page).click();
  await run(page, 'clear; cat > /tmp/clip');
  await expect.poll(async () => terminalText(page)).not.toContain('copy-42-me');
  await page.keyboard.press('Control+Shift+V');
  await expectOnTerminal(page, 'copy-42-me', 15_000); // the tty echoes what cat is given
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+D');
  await run(page, 'echo "clip=$(grep -c copy-42-me /tmp/clip)"');
  await expectOnTerminal(page, /clip=[1-9]/, 15_000);
  // Ctrl+C still reaches the guest (it interrupts the running program).
  await run(page, 'sleep 600');
  await page.keyboard.press('Control+C');
  await run(page, 'echo after-ctrl-c');
  await expectOnTerminal(page, /after-ctrl-c\s*\n.*guest#/, 15_000);
  await shot(page, testInfo, '2-serial-shell');

  // Find in the scrollback: Ctrl+Shift+F, matches counted, Escape closes.
  await page.keyboard.press('Control+Shift+F');
  const find = page.getByRole('textbox', { name: 'Find in scrollback' });
  await expect(find).toBeFocused();
  await find.fill('copy-42');
  await expect(page.getByRole('search', { name: 'Find in scrollback' })).toContainText(/\d+ of \d+/);
  await page.getByRole('button', { name: 'Next match' }).click();
  await shot(page, testInfo, '3-find');
  await find.press('Escape');
  await expect(find).toBeHidden();

  // Font size: the context menu changes it, the terminal refits, and it is remembered.
  await serial(page).click({ button: 'right' });
  await expect(page.getByText('Font size: 13 px')).toBeVisible();
  await shot(page, testInfo, '4-context-menu');
  await page.getByRole('menuitem', { name: 'Larger font' }).click();
  await expect.poll(async () => (await barSize(page)).cols).toBeLessThan(before.cols);
  // The keyboard goes back to the terminal when the menu closes.
  await expect(serial(page).locator('textarea')).toBeFocused();
  await run(page, 'echo font-$((7*6))');
  await expectOnTerminal(page, 'font-42', 15_000);
  await serial(page).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Find…' }).click();
  await expect(find).toBeFocused();
  await find.press('Escape');
  await page.reload();
  await page.getByRole('row', { name: new RegExp(VM) }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  await expectOnTerminal(page, 'after-ctrl-c', 15_000); // the relay replayed the scrollback
  await serial(page).click({ button: 'right' });
  await expect(page.getByText('Font size: 14 px')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Smaller font' }).click();
  await expect.poll(async () => (await barSize(page)).cols).toBe(before.cols);
});

test('monitor: QEMU’s human monitor answers info block', async ({ page }, testInfo) => {
  await page.goto(server.url);
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

test('display: the guest’s screen over VNC, keyboard capture, screenshot, Ctrl+Alt+Del', async ({ page }, testInfo) => {
  await page.goto(server.url);
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
  await expectOnTerminal(page, /VirtDesk test guest|VIRTDESK-GUEST-READY/, 60_000);
  await serial(page).click();
  await page.keyboard.press('Enter'); // boots at once if GRUB's menu is still up; a new prompt otherwise
  await expectOnTerminal(page, 'guest#');
  await expect(page.getByRole('row', { name: new RegExp(VM) })).toContainText(/running/i);
});

test('a console in a window of its own', async ({ page, context }, testInfo) => {
  await page.goto(server.url);
  await page.getByRole('row', { name: new RegExp(VM) }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  await page.getByRole('radio', { name: 'Serial' }).click();
  const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open in a new window' }).click()]);
  await popup.waitForLoadState();
  // Only the console: the VM's name and state in a slim header, no list, no toolbar.
  await expect(popup.getByRole('heading', { name: VM })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'New VM' })).toHaveCount(0);
  await expect(popup).toHaveTitle(`${VM} — serial console — VirtDesk`);
  expect(popup.url()).toContain('view=console');
  expect(popup.url()).not.toContain('token='); // taken out of the address bar again
  await expectOnTerminal(popup, 'guest#', 30_000);
  await popup.locator('[data-testid="console-terminal"]').click();
  await run(popup, 'echo win-$((2*21))');
  await expectOnTerminal(popup, 'win-42', 15_000);
  // The main window's console sees the same guest.
  await expectOnTerminal(page, 'win-42', 15_000);
  await popup.setViewportSize({ width: 820, height: 520 });
  await shot(popup, testInfo, '9-window');
  await popup.close({ runBeforeUnload: true });
  // Its size is remembered for next time.
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('virtdesk.console.window.'))))
    .toHaveLength(1);
});

test('no serial port, no display: the console says so and adds one in a click', async ({ page }, testInfo) => {
  await page.goto(server.url);
  await createVm(page, 'bare guest', false);
  const row = page.getByRole('row', { name: /bare guest/ });
  await row.click();
  await page.getByRole('tab', { name: 'Details' }).click();
  const hardware = page.getByRole('tablist', { name: 'Hardware' });
  await hardware.getByRole('tab', { name: 'Serial ports' }).click();
  await page.getByRole('radio', { name: '0', exact: true }).click();
  await page.getByRole('button', { name: 'Apply' }).click();
  await hardware.getByRole('tab', { name: 'Display' }).click();
  await page.getByRole('radio', { name: /None/ }).click();
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  await page.getByRole('tab', { name: 'Console' }).click();
  // No serial port: the first console is still Serial, explaining itself.
  await page.getByRole('radio', { name: 'Serial' }).click();
  await expect(page.getByRole('heading', { name: 'No serial port' })).toBeVisible();
  await shot(page, testInfo, '10-no-serial');
  await page.getByRole('radio', { name: 'Display' }).click();
  await expect(page.getByRole('heading', { name: 'No display' })).toBeVisible();
  await shot(page, testInfo, '11-no-display');
  await page.getByRole('button', { name: 'Add a display (VNC)' }).click();
  await expect(page.getByRole('heading', { name: 'The VM is stopped' })).toBeVisible();
  await page.getByRole('radio', { name: 'Serial' }).click();
  await page.getByRole('button', { name: 'Add a serial port' }).click();
  await expect(page.getByRole('heading', { name: 'The VM is stopped' })).toBeVisible();
  await shot(page, testInfo, '12-stopped');
});

test('serial scrollback setting on the Host page', async ({ page }, testInfo) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Host', exact: true }).click();
  const field = page.getByLabel('Serial console scrollback');
  await expect(field).toHaveValue('1024');
  await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await field.fill('512');
  await expect(page.getByText(/Keep at least 1 MiB/)).toBeVisible();
  await shot(page, testInfo, '13-host-settings-invalid');
  await field.fill('2048');
  await field.press('Enter');
  await expect(page.getByText('Serial console scrollback: the last 2048 KiB are kept')).toBeVisible();
  await expect(field).toHaveValue('2048');
});

test('a dropped console link comes back on its own while the VM runs', async ({ page }, testInfo) => {
  // Keep hold of the page's sockets, so the test can cut the console's link as a network would.
  // A stand-in constructor that returns the real socket: noVNC insists on WebSocket's own prototype.
  await page.addInitScript(() => {
    const Native = window.WebSocket;
    const sockets: WebSocket[] = [];
    (window as unknown as { consoleSockets: WebSocket[] }).consoleSockets = sockets;
    const Patched = function (url: string | URL, protocols?: string | string[]) {
      const ws = new Native(url, protocols);
      if (String(url).includes('/console/')) sockets.push(ws);
      return ws;
    } as unknown as typeof WebSocket;
    Object.defineProperties(Patched, {
      prototype: { value: Native.prototype },
      CONNECTING: { value: Native.CONNECTING },
      OPEN: { value: Native.OPEN },
      CLOSING: { value: Native.CLOSING },
      CLOSED: { value: Native.CLOSED },
    });
    window.WebSocket = Patched;
  });
  const cut = () =>
    page.evaluate(() => {
      for (const ws of (window as unknown as { consoleSockets: WebSocket[] }).consoleSockets) ws.close();
    });
  const status = page.getByRole('status').filter({ hasText: /^(Connected|Connecting…|Disconnected)$/ });

  await page.goto(server.url);
  await page.getByRole('row', { name: new RegExp(VM) }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  await page.getByRole('radio', { name: 'Serial' }).click();
  await expect(status).toHaveText('Connected');
  await cut();
  await expect(status).toHaveText('Disconnected');
  await expect(page.getByText(/^Disconnected: .+\.$/)).toBeVisible(); // the reason, across the console
  await expect(page.getByText(/Reconnecting in \d+ s…/)).toBeVisible();
  await shot(page, testInfo, '14-reconnecting');
  await expect(status).toHaveText('Connected', { timeout: 15_000 });
  await serial(page).click();
  await run(page, 'echo back-$((50-8))');
  await expectOnTerminal(page, 'back-42', 15_000);

  await page.getByRole('radio', { name: 'Display' }).click();
  await expect(status).toHaveText('Connected', { timeout: 20_000 });
  await cut();
  await expect(status).toHaveText('Disconnected');
  await expect(status).toHaveText('Connected', { timeout: 15_000 });
  await expect(page.getByRole('region', { name: `Screen of ${VM}` }).locator('canvas')).toBeVisible();
});

test('dark mode', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await page.getByRole('row', { name: new RegExp(VM) }).click();
    await page.getByRole('tab', { name: 'Console' }).click();
    await page.getByRole('radio', { name: 'Serial' }).click();
    await expectOnTerminal(page, 'guest#', 15_000);
    await shot(page, testInfo, 'dark-1-serial');
    await page.getByRole('radio', { name: 'Monitor' }).click();
    await expect(monitor(page)).toContainText('(qemu)', { timeout: 15_000 });
    await shot(page, testInfo, 'dark-2-monitor');
    await page.getByRole('radio', { name: 'Display' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible({ timeout: 20_000 });
    await shot(page, testInfo, 'dark-3-display');
    await page.getByRole('row', { name: /bare guest/ }).click();
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByRole('tablist', { name: 'Hardware' }).getByRole('tab', { name: 'Serial ports' }).click();
    await page.getByRole('radio', { name: '0', exact: true }).click();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('Saved.')).toBeVisible();
    await page.getByRole('tab', { name: 'Console' }).click();
    await page.getByRole('radio', { name: 'Serial' }).click();
    await expect(page.getByRole('heading', { name: 'No serial port' })).toBeVisible();
    await shot(page, testInfo, 'dark-4-no-serial');
  } finally {
    await context.close();
  }
});

/** One VmApi call over the headless server's WebSocket, as the renderer makes it (for what has no UI yet). */
async function callApi(method: string, arg: unknown): Promise<unknown> {
  const url = new URL(server.url);
  const ws = new NodeWebSocket(`ws://${url.host}/api?token=${url.searchParams.get('token')}`);
  try {
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.send(JSON.stringify({ id: 1, method, arg }));
    return await new Promise((resolve, reject) =>
      ws.on('message', (data) => {
        const msg = JSON.parse(wsText(data)) as { id?: number; result?: unknown; error?: { message: string } };
        if (msg.id !== 1) return; // events
        if (msg.error) reject(new Error(msg.error.message));
        else resolve(msg.result);
      }),
    );
  } finally {
    ws.close();
  }
}

test('a console window closes itself when its VM is deleted', async ({ page, context }) => {
  await page.goto(server.url);
  await page.getByRole('row', { name: /bare guest/ }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open in a new window' }).click()]);
  await expect(popup.getByRole('heading', { name: 'bare guest' })).toBeVisible();
  const id = new URL(popup.url()).searchParams.get('vm')!;
  const closed = popup.waitForEvent('close');
  await callApi('remove', { id, deleteFiles: [] });
  await closed;
  await expect(page.getByRole('row', { name: /bare guest/ })).toHaveCount(0);
});
