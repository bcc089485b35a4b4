// The serial console as a person uses it, in Debian's Chromium against the real headless server and
// real QEMU (TCG): it keeps 80x25 through window resizes (its font fits the pane; the guest learns the
// size on `resize`), another geometry can be chosen and is remembered, copy and paste go through the
// clipboard, the scrollback is searchable; a console opens in a window of its own and closes with its
// VM; a dropped link comes back; a VM without a serial port or display says how to add one.
// consoles-monitor.spec.ts has the QEMU monitor and the VNC display. Screenshots at 1024x640, light
// and dark.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { callApi } from './support/api.js';
import { shooter } from './support/artifacts.js';
import { atPrompt, consoleSuite, createVm, monitor, run, serial, VIEWPORT, VM } from './support/consoles.js';
import { expectOnTerminal, terminalText } from './support/terminal.js';

const server = consoleSuite();
const shot = shooter('consoles');

/** Columns and rows as the console's bar shows them (the terminal's fixed geometry). */
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
  await atPrompt(page); // else the prompt's own cursor question may be answered into resize's read
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

/** The terminal's rows as drawn: a full-screen program's box must come through a resize whole. */
const terminalRows = (page: Page) =>
  serial(page)
    .locator('.xterm-rows > div')
    .evaluateAll((rows) => rows.map((r) => (r.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()));

/** The font size the serial terminal is drawn at now. */
const drawnFontPx = (page: Page) =>
  serial(page)
    .locator('.xterm-rows')
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

test('serial console: keeps 80x25 through window resizes, copy and paste, find, font size', async ({ page }, testInfo) => {
  await page.goto(server().url);
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

  // 80x25 whatever the window: the guest (asking with `resize`) and the bar agree.
  await run(page, RESIZE_FN);
  const fixed = { cols: 80, rows: 25 };
  expect(await barSize(page)).toEqual(fixed);
  expect(await guestSize(page, 'S1')).toEqual(fixed);
  // A full-screen "dialog" as an installer draws it for 80x25: a frame on the first and last rows.
  await run(page, `clear; printf '\\033[1;1H+%78s+\\033[25;1H+%78s+\\033[12;30Hdialog-box' '' ''; read -r _`);
  await expect.poll(async () => (await terminalRows(page))[24]).toBe(`+${' '.repeat(78)}+`);
  const dialog = await terminalRows(page);
  expect(dialog[0]).toBe(dialog[24]);
  expect(dialog[11]).toContain('dialog-box');
  const shownPx = await drawnFontPx(page);
  expect(shownPx).toBeLessThanOrEqual(13); // the chosen size, or less to fit the pane
  // Narrower: the font shrinks, nothing reflows.
  await page.setViewportSize({ width: 900, height: 520 }); // the narrowest the layout takes
  await expect.poll(() => drawnFontPx(page)).toBeLessThan(shownPx);
  expect(await barSize(page)).toEqual(fixed);
  expect(await terminalRows(page)).toEqual(dialog);
  await shot(page, testInfo, '1b-serial-narrow');
  // Wide: the chosen size, letterboxed; the dialog still whole.
  await page.setViewportSize({ width: 1400, height: 900 });
  await expect.poll(() => drawnFontPx(page)).toBe(13);
  expect(await terminalRows(page)).toEqual(dialog);
  await page.setViewportSize(VIEWPORT);
  await expect.poll(() => drawnFontPx(page)).toBe(shownPx);
  expect(await terminalRows(page)).toEqual(dialog);
  await shot(page, testInfo, '1d-serial-dialog');
  await serial(page).click();
  await page.keyboard.press('Enter'); // ends the read
  expect(await guestSize(page, 'S2')).toEqual(fixed);

  // Another geometry from the bar: the guest learns it on `resize`, and it is remembered.
  await page.getByLabel('Terminal size 80 columns by 25 rows').click();
  await shot(page, testInfo, '1c-geometry-menu');
  await page.getByRole('menuitemradio', { name: '100×30' }).click();
  await expect(page.getByLabel('Terminal size 100 columns by 30 rows')).toBeVisible();
  // The keyboard is back in the terminal: the next line goes to the guest without a click.
  await expect(serial(page).locator('textarea')).toBeFocused();
  expect(await guestSize(page, 'S3')).toEqual({ cols: 100, rows: 30 });
  await page.reload();
  await page.getByRole('row', { name: new RegExp(VM) }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  await expectOnTerminal(page, 'S3=', 15_000);
  expect(await barSize(page)).toEqual({ cols: 100, rows: 30 });
  await page.getByLabel('Terminal size 100 columns by 30 rows').click();
  await page.getByRole('menuitemradio', { name: '80×25' }).click();
  await expect(serial(page).locator('textarea')).toBeFocused();
  expect(await guestSize(page, 'S4')).toEqual(fixed);
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

  // Font size: the context menu changes it (the largest the text is drawn at), and it is remembered.
  await serial(page).click({ button: 'right' });
  await expect(page.getByText('Font size: 13 px')).toBeVisible();
  await shot(page, testInfo, '4-context-menu');
  await page.getByRole('menuitem', { name: 'Smaller font' }).click();
  await expect.poll(() => drawnFontPx(page)).toBe(Math.min(12, shownPx));
  expect(await barSize(page)).toEqual(fixed);
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
  await expect(page.getByText('Font size: 12 px')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Larger font' }).click();
  await expect.poll(() => drawnFontPx(page)).toBe(shownPx);
});

test('a console in a window of its own', async ({ page, context }, testInfo) => {
  await page.goto(server().url);
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
  await page.goto(server().url);
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
  await page.goto(server().url);
  await page.getByRole('button', { name: 'Host', exact: true }).click();
  const field = page.getByLabel('Serial console scrollback');
  await expect(field).toHaveValue('1024');
  await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await field.fill('512');
  await expect(page.getByText(/Keep at least 1 MiB/)).toBeVisible();
  await shot(page, testInfo, '13-host-settings-invalid');
  await field.fill('2048');
  await field.press('Enter');
  // Written as English writes numbers (Intl): 2,048.
  await expect(page.getByText('Serial console scrollback: the last 2,048 KiB are kept')).toBeVisible();
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
    // The terminals read their link through WebSocketStream where the browser has it (Chromium does).
    type Stream = { close: () => void };
    const w = window as unknown as { WebSocketStream?: new (url: string) => Stream; consoleStreams: Stream[] };
    const streams: Stream[] = (w.consoleStreams = []);
    const NativeStream = w.WebSocketStream;
    if (NativeStream)
      w.WebSocketStream = class extends NativeStream {
        constructor(url: string) {
          super(url);
          if (url.includes('/console/')) streams.push(this);
        }
      };
  });
  const cut = () =>
    page.evaluate(() => {
      const w = window as unknown as { consoleSockets: WebSocket[]; consoleStreams: Array<{ close: () => void }> };
      for (const ws of w.consoleSockets) ws.close();
      for (const s of w.consoleStreams) s.close();
    });
  const status = page.getByRole('status').filter({ hasText: /^(Connected|Connecting…|Disconnected)$/ });

  await page.goto(server().url);
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
    await page.goto(server().url);
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

test('a console window closes itself when its VM is deleted', async ({ page, context }) => {
  await page.goto(server().url);
  await page.getByRole('row', { name: /bare guest/ }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open in a new window' }).click()]);
  await expect(popup.getByRole('heading', { name: 'bare guest' })).toBeVisible();
  const id = new URL(popup.url()).searchParams.get('vm')!;
  const closed = popup.waitForEvent('close');
  await callApi(server(), 'remove', { id, deleteFiles: [] });
  await closed;
  await expect(page.getByRole('row', { name: /bare guest/ })).toHaveCount(0);
});
