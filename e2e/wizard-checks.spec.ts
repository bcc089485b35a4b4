// Issue 13 (3, 4, 5) as a person meets it, in Debian's Chromium against the real headless server, real
// qemu-img and real sockets: Review shows the VM that Create makes (the same id, MAC and disk path, however
// often Review is shown); each mistake is told on the step where it is made, by the engine; the OS list
// is libosinfo's, searchable. Screenshots of the OS step and Review, light and dark, at 1024x640.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { VmSummary } from '../shared/model/index.js';
import { callApi } from './support/api.js';
import { SHOTS, shooter } from './support/artifacts.js';
import { startHeadless, type Headless } from './support/headless.js';
import { freePort } from '../electron/engine/test-support/free-port.js';
import { requireGuest } from './support/vms.js';

const GUEST_DIR = path.resolve('.cache/test-guest');
const ISO = path.join(GUEST_DIR, 'guest.iso');
const VIEWPORT = { width: 1024, height: 640 };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const MAC = /52:54:00(?::[0-9a-f]{2}){3}/;
const GiB = 1024 ** 3;

test.describe.configure({ mode: 'serial' });
test.use({ viewport: VIEWPORT });

let server: Headless;
let files: string;

test.beforeAll(async () => {
  requireGuest();
  fs.mkdirSync(SHOTS, { recursive: true });
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-wizard-checks-'));
  server = await startHeadless();
});
test.afterAll(async () => {
  await server?.stop();
  if (files) fs.rmSync(files, { recursive: true, force: true });
});

const shot = shooter('wizard-checks');
const nextButton = (dialog: Locator) => dialog.getByRole('button', { name: 'Next' });

async function openWizard(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New VM' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New virtual machine' });
  await expect(dialog.getByRole('heading', { name: 'Install source' })).toBeVisible();
  return dialog;
}

async function next(dialog: Locator, title: string) {
  await nextButton(dialog).click();
  await expect(dialog.getByRole('heading', { name: title })).toBeVisible();
}

/** From the ISO step to the network step, with the test guest's defaults and emulation. */
async function isoToNetwork(page: Page, dialog: Locator) {
  await dialog.getByLabel('Install ISO').fill(ISO);
  await next(dialog, 'Operating system');
  await expect(dialog.getByText(/Detected: VirtDesk test guest/)).toBeVisible();
  await next(dialog, 'Memory and CPUs');
  await dialog.getByRole('combobox', { name: 'Accelerator' }).click();
  await page.getByRole('option', { name: /Emulation/ }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await next(dialog, 'Storage');
  await next(dialog, 'Name and network');
}

/** Whether something may listen on this loopback TCP port now (it is free). */
async function canListen(port: number): Promise<boolean> {
  if (!Number.isInteger(port) || port < 1024) return false;
  const probe = net.createServer();
  const ok = await new Promise<boolean>((resolve) =>
    probe.once('error', () => resolve(false)).listen(port, '127.0.0.1', () => resolve(true)),
  );
  if (ok) await new Promise((r) => probe.close(r));
  return ok;
}

/** What Review lists (not the commands): the VM id, the MAC, the disk's path, once the plan is there. */
async function reviewed(dialog: Locator) {
  const summary = dialog.locator('dl').first();
  await expect(summary).toContainText(UUID);
  const text = await summary.innerText();
  const disk = /(\/\S+\/disk0\.qcow2)/.exec(text)?.[1];
  return { id: UUID.exec(text)?.[0], mac: MAC.exec(text)?.[0], disk, text };
}

test('Review is the truth: the id, MAC and disk path it shows are the VM created, each time it is shown', async ({ page }, testInfo) => {
  await page.goto(server.url);
  const dialog = await openWizard(page);
  await isoToNetwork(page, dialog);
  await dialog.getByLabel('Name', { exact: true }).fill('truth');
  await next(dialog, 'Review');
  const first = await reviewed(dialog);
  expect(first.id).toBeDefined();
  expect(first.mac).toBeDefined();
  expect(first.disk).toBe(path.join(server.dataDir, 'vms', first.id!, 'disk0.qcow2'));
  await expect(dialog.locator('dl').first()).toContainText('1 GiB qcow2, new, grows as the guest writes');
  await shot(page, testInfo, '6-review');

  // Back to the network step: the MAC planned is the one offered there; then Review again, twice.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog.getByRole('heading', { name: 'Name and network' })).toBeVisible();
  await expect(dialog.getByText(`Leave empty to keep ${first.mac}`)).toBeVisible();
  await next(dialog, 'Review');
  expect(await reviewed(dialog)).toEqual(first);
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog.getByRole('heading', { name: 'Storage' })).toBeVisible();
  await next(dialog, 'Name and network');
  await next(dialog, 'Review');
  expect(await reviewed(dialog)).toEqual(first);

  await dialog.getByRole('checkbox', { name: /Customize before install/ }).click();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  const vm = (await callApi<VmSummary[]>(server, 'list', {})).find((v) => v.name === 'truth')!;
  expect(vm.id).toBe(first.id);
  expect(vm.config!.nics[0]!.mac).toBe(first.mac);
  expect(fs.existsSync(first.disk!)).toBe(true);
  // What a person can check after: the command line of the VM names the same id, MAC and disk.
  await page.getByRole('button', { name: 'Show command line' }).click();
  const cmd = page.getByRole('dialog', { name: /Command line of/ }).getByLabel('QEMU command line');
  for (const part of [`-uuid ${first.id}`, first.mac!, first.disk!]) await expect(cmd).toContainText(part);
});

test('each mistake on its own step: an ISO that is no ISO, a kernel that is not there or no kernel', async ({ page }, testInfo) => {
  await page.goto(server.url);
  const dialog = await openWizard(page);
  const notIso = path.join(files, 'passwd.iso');
  fs.writeFileSync(notIso, 'root:x:0:0:root:/root:/bin/bash\n'.repeat(2000));
  await dialog.getByLabel('Install ISO').fill(notIso);
  // Told while the person is still on step 1, without pressing Next.
  await expect(dialog.getByText(/is not an ISO 9660 or UDF image \(it looks like a text file\)/)).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Install source' })).toBeVisible();
  await shot(page, testInfo, '1-source-not-iso');
  await nextButton(dialog).click();
  await expect(dialog.getByRole('heading', { name: 'Install source' })).toBeVisible();
  await expect(dialog.getByLabel('Install ISO')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByRole('radio', { name: /Direct kernel boot/ }).click();
  await dialog.getByLabel('Kernel', { exact: true }).fill('/nonexistent/vmlinuz');
  await dialog.getByLabel('Kernel arguments').fill('console=ttyS0');
  await expect(dialog.getByText(/vmlinuz does not exist/)).toBeVisible();
  await expect(dialog.getByLabel('Kernel', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await nextButton(dialog).click();
  await expect(dialog.getByRole('heading', { name: 'Install source' })).toBeVisible();
  await dialog.getByLabel('Kernel', { exact: true }).fill(ISO);
  await expect(dialog.getByText(/is not a kernel QEMU can boot/)).toBeVisible();
  await shot(page, testInfo, '1-source-not-kernel');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('storage: a raw disk larger than the free space is refused, naming the free space; a qcow2 one is warned', async ({
  page,
}, testInfo) => {
  const st = fs.statfsSync(server.dataDir);
  const sizeGiB = Math.ceil((st.bavail * st.bsize) / GiB) + 10;
  await page.goto(server.url);
  const dialog = await openWizard(page);
  await dialog.getByRole('radio', { name: /Network boot/ }).click();
  await next(dialog, 'Operating system');
  await next(dialog, 'Memory and CPUs');
  await next(dialog, 'Storage');
  await dialog.getByLabel('Disk size (GiB)').fill(String(sizeGiB));
  await dialog.getByRole('radio', { name: 'raw' }).click();
  const refusal = dialog.getByText(new RegExp(`A raw disk of ${sizeGiB.toLocaleString('en-US')} GiB is a file of that full size`));
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText(/has [\d.,]+ GiB free: give a smaller size, or choose qcow2/);
  await expect(dialog.getByLabel('Disk size (GiB)')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, testInfo, '4-storage-raw-too-big');
  await nextButton(dialog).click();
  await expect(dialog.getByRole('heading', { name: 'Storage' })).toBeVisible();

  await dialog.getByRole('radio', { name: 'qcow2' }).click();
  await expect(dialog.getByText(/qcow2 disk can grow larger than the [\d.,]+ GiB free/)).toBeVisible();
  await expect(refusal).toBeHidden();
  await shot(page, testInfo, '4-storage-qcow2-warning');
  await next(dialog, 'Name and network'); // a warning, not a refusal
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('network: a host port in use is told on the Network step; "Add port forward" offers a free one', async ({ page }, testInfo) => {
  // Another VM forwards the port VirtDesk would offer first for SSH.
  const offered = (await callApi<{ hostPort: number }>(server, 'suggestHostPort', { proto: 'tcp', guestPort: 22, taken: [] })).hostPort;
  await callApi(server, 'create', {
    name: 'forwards ssh',
    source: { kind: 'pxe' },
    memoryMiB: 64,
    cpus: 1,
    accel: 'tcg',
    storage: { kind: 'none' },
    network: { mode: 'user', forwards: [{ proto: 'tcp', hostPort: offered, guestPort: 22 }] },
  });
  const listener = net.createServer();
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const busy = (listener.address() as net.AddressInfo).port;
  try {
    await page.goto(server.url);
    const dialog = await openWizard(page);
    await isoToNetwork(page, dialog);
    await dialog.getByLabel('Name', { exact: true }).fill('ports');
    await dialog.getByRole('button', { name: 'Add port forward' }).click();
    const hostPort = dialog.getByLabel('Host port of forward 1');
    // Not the port the other VM forwards, and free indeed: this test can listen on it. (Polled: the
    // table's own first offer is replaced when the engine's answer arrives.)
    await expect
      .poll(async () => {
        const port = Number(await hostPort.inputValue());
        return port !== offered && (await canListen(port));
      })
      .toBe(true);

    await hostPort.fill(String(busy));
    // Under the field, without the input path the engine puts first for the API.
    await expect(dialog.getByText(`Forward 1: Host port ${busy}/tcp is already in use by another program on this host`)).toBeVisible();
    await expect(hostPort).toHaveAttribute('aria-invalid', 'true');
    // Below the fold at 1024x640: the step scrolls just enough to show it.
    await expect(dialog.getByText(`Host port ${busy}/tcp is already in use`)).toBeInViewport();
    await expect(dialog.getByRole('heading', { name: 'Name and network' })).toBeVisible();
    await shot(page, testInfo, '5-network-port-in-use');
    await hostPort.fill(String(offered));
    await expect(dialog.getByText(`${offered}/tcp is already forwarded by the VM "forwards ssh"`)).toBeVisible();
    await nextButton(dialog).click();
    await expect(dialog.getByRole('heading', { name: 'Name and network' })).toBeVisible();
    await hostPort.fill(String(await freePort('tcp')));
    await next(dialog, 'Review');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  } finally {
    listener.close();
  }
});

test('the OS step searches libosinfo’s list; Review lists every disk with its size (light and dark)', async ({ browser }, testInfo) => {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: scheme, viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      const dialog = await openWizard(page);
      await dialog.getByLabel('Install ISO').fill(ISO);
      const headerTop = async (n: number) => (await dialog.getByText(`Step ${n} of 6`).boundingBox())?.y;
      const top = await headerTop(1);
      await next(dialog, 'Operating system');
      // The header stays where it is: the wizard does not scroll itself to the detected OS (it did, 38 px).
      await expect(dialog.getByText(/Detected: VirtDesk test guest/)).toBeVisible();
      expect(await headerTop(2)).toBe(top);
      await expect(dialog.getByText('Step 2 of 6')).toBeInViewport({ ratio: 1 });
      const search = dialog.getByRole('searchbox', { name: 'Search operating systems' });
      await search.fill('windows 11');
      await expect(dialog.getByRole('radio', { name: /Microsoft Windows 11/ })).toBeVisible();
      await expect(dialog.getByText(/\d+ of \d+ operating systems/)).toBeVisible();
      await dialog.getByRole('radio', { name: /Microsoft Windows 11/ }).click();
      await expect(dialog.getByText('UEFI (OVMF)')).toBeVisible();
      expect(await headerTop(2)).toBe(top);
      await shot(page, testInfo, `${scheme}-2-os-search`);
      await search.fill('virtdesk');
      await dialog.getByRole('radio', { name: /VirtDesk test guest/ }).click();
      await next(dialog, 'Memory and CPUs');
      await next(dialog, 'Storage');
      await next(dialog, 'Name and network');
      await dialog.getByLabel('Name', { exact: true }).fill(`review ${scheme}`);
      await next(dialog, 'Review');
      await expect(dialog.locator('dl').first()).toContainText(/1 GiB qcow2, new, grows as the guest writes/);
      await expect(dialog.getByLabel('the qemu-system-x86_64 command', { exact: true })).toBeVisible();
      await shot(page, testInfo, `${scheme}-6-review`);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
    } finally {
      await context.close();
    }
  }
});

test('Clone: what blocks a linked clone (a disk with snapshots) is told before the choice', async ({ page }, testInfo) => {
  const vm = await callApi<VmSummary>(server, 'create', {
    name: 'has snapshots',
    source: { kind: 'pxe' },
    memoryMiB: 64,
    cpus: 1,
    accel: 'tcg',
    storage: { kind: 'new', sizeGiB: 0.0625, format: 'qcow2' },
    network: { mode: 'user', forwards: [] },
  });
  await callApi(server, 'createSnapshot', { id: vm.id, name: 'before' });
  await page.goto(server.url);
  await page.getByRole('row', { name: /has snapshots/ }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Clone…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clone “has snapshots”' });
  await expect(dialog.getByText(/No linked clone:.*disk0\.qcow2 holds 1 snapshot.*make a full copy\./)).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Linked clone/ })).toBeDisabled();
  await expect(dialog.getByRole('radio', { name: /Full copy/ })).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Clone', exact: true })).toBeEnabled();
  await shot(page, testInfo, 'clone-linked-blocked');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, 'dark-clone-linked-blocked');
  await page.emulateMedia({ colorScheme: 'light' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
