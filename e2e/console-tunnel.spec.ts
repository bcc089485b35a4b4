// Issue #16 item 3: consoles open through whatever address the page was reached at. A forwarder on
// another port stands for an SSH tunnel (ssh -L); the page loaded through it opens the serial console
// and types in it, and every WebSocket the page opens (API and console) goes through the forwarder,
// none to the server's own port: console tickets are paths, resolved against the page's location.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import type { VmSummary } from '../shared/model/index.js';
import { callApi } from './support/api.js';
import { startHeadless, type Headless } from './support/headless.js';
import { forwardTo, type Forwarder } from './support/tcp-forwarder.js';
import { expectOnTerminal } from './support/terminal.js';
import { INITRD, KERNEL, kernelVm } from './support/vms.js';

let server: Headless;
let tunnel: Forwarder;

test.beforeAll(async () => {
  for (const f of [KERNEL, INITRD]) {
    if (!fs.existsSync(f)) throw new Error(`missing ${f}: run "bash scripts/build-test-guest.sh"`);
  }
  server = await startHeadless();
  tunnel = await forwardTo(Number(new URL(server.url).port));
});
test.afterAll(async () => {
  await tunnel?.close();
  await server?.stop();
});

test('the serial console works through a tunnel on another port', async ({ page }) => {
  const vm = await callApi<VmSummary>(server, 'create', kernelVm('tunnel guest'));
  await callApi(server, 'start', { id: vm.id });
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));

  const viaTunnel = new URL(server.url);
  viaTunnel.port = String(tunnel.port);
  await page.goto(viaTunnel.href);
  await page.getByRole('row', { name: /tunnel guest/ }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  await expectOnTerminal(page, 'guest#', 120_000);
  await page.locator('[data-testid="console-terminal"]').click();
  await page.keyboard.type('echo tunnel-$((6*7))\n');
  await expectOnTerminal(page, 'tunnel-42', 30_000);

  const hosts = sockets.map((u) => new URL(u).host);
  expect(
    hosts.some((h) => h !== `127.0.0.1:${tunnel.port}`),
    `sockets: ${sockets.join(', ')}`,
  ).toBe(false);
  expect(sockets.some((u) => new URL(u).pathname.startsWith(`/console/${vm.id}/serial0`))).toBe(true);
  await callApi(server, 'forceOff', { id: vm.id });
});
