// xterm.js keeps up: the guest floods its serial console with 1 MiB while two pages (light and dark) and
// two plain WebSocket viewers watch, one of which stops reading. Every byte the relay sent reaches each
// page's xterm parser (the page's data-parsed-bytes against the count of a plain viewer opened on the
// same scrollback), the screen ends on the marker, and the stalled viewer holds up neither the guest nor
// the others. Then an endless flood, as a person sees it, that Ctrl+C stops. The relay dropping a viewer that falls VIEWER_HIGH_WATER behind takes far more than the
// serial port's 1 MiB: electron/engine/consoles.int.test.ts ("a viewer that stops reading").
// Screenshots during and after the endless flood, light and dark.
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { ConsoleReader } from '../electron/engine/test-support/console-reader.js';
import { GUEST_PROMPT } from '../electron/engine/test-support/guest.js';
import { callApi } from './support/api.js';
import { shooter } from './support/artifacts.js';
import { consoleSuite, serial, VIEWPORT } from './support/consoles.js';
import { expectOnTerminal, terminalText } from './support/terminal.js';
import { kernelVm } from './support/vms.js';
import { consoleUrl } from '../shared/console-url.js';

const server = consoleSuite();
const shot = shooter('console-flood');
const VM = 'flood guest';
const BYTES = 1024 * 1024;

const openViewer = async (id: string) =>
  ConsoleReader.open(consoleUrl((await callApi<{ url: string }>(server(), 'openConsole', { id, stream: 'serial0' })).url, server().url));

/** What xterm has parsed of its relay link, as of the last time it caught up (the renderer's test hook). */
const parsedBytes = async (page: Page) => Number((await serial(page).getAttribute('data-parsed-bytes')) ?? -1);

async function consolePage(browser: Browser, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ colorScheme, viewport: VIEWPORT });
  const page = await context.newPage();
  // The dark page reads its relay link as a browser without WebSocketStream does (Firefox): a plain
  // WebSocket that cannot pause. The light one, Chromium's way, reads only while xterm keeps up.
  if (colorScheme === 'dark') await page.addInitScript(() => delete (window as { WebSocketStream?: unknown }).WebSocketStream);
  await page.goto(server().url);
  expect(await page.evaluate(() => 'WebSocketStream' in window)).toBe(colorScheme === 'light');
  await page.getByRole('row', { name: new RegExp(VM) }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible({ timeout: 20_000 });
  await expectOnTerminal(page, 'guest#', 20_000);
  return page;
}

test('1 MiB of serial output: every byte the relay sent is parsed by xterm, and a stalled viewer slows nothing', async ({
  browser,
}, testInfo: TestInfo) => {
  test.setTimeout(300_000);
  const { id } = await callApi<{ id: string }>(server(), 'create', kernelVm(VM, { network: { mode: 'none' } }));
  await callApi(server(), 'start', { id });
  // Up to the shell before anyone else looks: from here the guest prints nothing until it is told to.
  const boot = await openViewer(id);
  await boot.waitForShell(GUEST_PROMPT, 120_000);
  boot.close();

  // The plain viewer and the pages all start from the relay's replay of the same scrollback, so each
  // page must end up having parsed exactly what the plain viewer received.
  const fast = await openViewer(id);
  const stalled = await openViewer(id);
  (stalled.ws as unknown as { _socket: { pause(): void } })._socket.pause(); // reads nothing, like a frozen tab
  const light = await consolePage(browser, 'light');
  const dark = await consolePage(browser, 'dark');
  try {
    await serial(light).click();
    // The echoed command must not hold the marker: the shell joins EN""D into END.
    await light.keyboard.type(`head -c ${BYTES} /dev/zero | tr '\\0' Z; echo EN""D-MARK`);
    const from = fast.length;
    await light.keyboard.press('Enter');
    await fast.waitFor('END-MARK', 180_000, from);
    const end = fast.text.indexOf('END-MARK', from);
    await fast.waitFor(GUEST_PROMPT, 30_000, end);

    // The guest finished, and the fast viewer got every byte of it, whatever the stalled one did.
    expect(fast.text.slice(from, end).split('Z').length - 1).toBe(BYTES);
    const sent = fast.length;
    for (const page of [light, dark]) {
      await expect.poll(() => parsedBytes(page), { timeout: 60_000, message: 'xterm parsed all the relay sent' }).toBe(sent);
      await expectOnTerminal(page, /END-MARK\s+guest#/, 15_000);
      const rows = (await terminalText(page)).trimEnd().split('\n');
      expect(rows.slice(-2).join('\n')).toMatch(/END-MARK\s*\nguest#/);
      expect(rows.at(-3)).toMatch(/^Z+$/);
    }
    expect(stalled.closed).toBeNull(); // 1 MiB is not enough to be dropped: it was simply not waited for

    // As a person sees it: a flood that does not end by itself is on screen as it runs, and Ctrl+C,
    // typed in the middle of it, stops it; the pages still parse every byte sent.
    await light.keyboard.type('yes "flooding the console; Ctrl+C stops it"');
    await fast.waitFor('stops it"', 15_000, sent);
    const before = fast.length;
    await light.keyboard.press('Enter');
    await expect.poll(() => fast.length - before, { timeout: 60_000, message: 'the flood runs' }).toBeGreaterThan(256 * 1024);
    await shot(light, testInfo, 'light-during');
    await shot(dark, testInfo, 'dark-during');
    await light.keyboard.press('Control+C');
    await fast.waitFor(GUEST_PROMPT, 60_000, before);
    for (const page of [light, dark]) {
      await expect.poll(() => parsedBytes(page), { timeout: 60_000, message: 'xterm parsed all the relay sent' }).toBe(fast.length);
      await expect.poll(async () => (await terminalText(page)).trimEnd().split('\n').at(-1)).toMatch(/^(\^C)?guest#$/);
    }
    await shot(light, testInfo, 'light-after');
    await shot(dark, testInfo, 'dark-after');
  } finally {
    stalled.ws.terminate();
    fast.close();
    await light.context().close();
    await dark.context().close();
  }
});
