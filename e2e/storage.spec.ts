// Snapshots and disk images as a person uses them, in Debian's Chromium against the real headless
// server, real qemu-img and a real TCG guest: snapshots of a stopped VM as a tree with the current one
// marked (take, revert, delete, children moving up), the Disks view with each image's facts, a
// conversion with its progress bar and Cancel, a running VM's disk that refuses to be resized, saying
// why, and a linked-clone base deleted once no VM builds on it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { DiskEntry, SnapshotList } from '../shared/api.js';
import type { VmSummary } from '../shared/model/index.js';
import { callApi } from './support/api.js';
import { shooter } from './support/artifacts.js';
import { startHeadless, type Headless } from './support/headless.js';
import { kernelVm, requireGuest } from './support/vms.js';

const shot = shooter('storage');

test.use({ viewport: { width: 1024, height: 640 } });

let server: Headless;
let imagesDir: string;
/** A 1 GiB qcow2 in its folder: snapshots, Disks view, resize. */
let small: VmSummary;
/** Runs from a raw image full of random bytes outside its folder: compressing it takes a while. */
let bulk: VmSummary;

test.beforeAll(async () => {
  requireGuest();
  server = await startHeadless();
  imagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-images-'));
  const raw = path.join(imagesDir, 'big.raw');
  const fd = fs.openSync(raw, 'w');
  for (let i = 0; i < 256; i++) fs.writeSync(fd, crypto.randomBytes(1024 * 1024));
  fs.closeSync(fd);
  small = await callApi<VmSummary>(server, 'create', kernelVm('small', { storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' } }));
  bulk = await callApi<VmSummary>(server, 'create', kernelVm('bulk', { storage: { kind: 'existing', path: raw } }));
});
test.afterAll(async () => {
  await server?.stop();
  if (imagesDir) fs.rmSync(imagesDir, { recursive: true, force: true });
});

const vmRow = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Virtual machines' }).getByRole('row', { name: new RegExp(name) });
/** A Disks table cell by its column (the Image column is the row's header, not a cell). */
const COL = { format: 1, size: 2, onDisk: 3, snapshots: 4 } as const;
const diskCell = (row: Locator, col: keyof typeof COL) => row.getByRole('cell').nth(COL[col]);
/** An image's own row, not the details row opened under it (that one names the file too). */
const diskRow = (page: Page, file: string) =>
  page
    .getByRole('table', { name: 'Disk images' })
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: `Details of ${file}`, exact: true }) });

/** The same screen at the larger window size and in dark mode, then back. */
async function shotsAllSizes(page: Page, testInfo: Parameters<typeof shot>[1], name: string) {
  await shot(page, testInfo, `${name}-1024`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, testInfo, `${name}-1280`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, `${name}-1280-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1024, height: 640 });
}

async function openSnapshots(page: Page, vm: string) {
  await vmRow(page, vm).click();
  await page.getByRole('tab', { name: 'Snapshots' }).click();
}

/** A snapshot in the tree; its accessible name is its name, with ", current" for the current one. */
const snapItem = (page: Page, name: string) =>
  page.getByRole('tree', { name: 'Snapshots' }).getByRole('treeitem', { name: new RegExp(`^${name}(, current)?$`) });

async function takeSnapshot(page: Page, name: string) {
  await page.getByRole('toolbar', { name: 'Snapshot actions' }).getByRole('button', { name: 'Take snapshot…' }).click();
  const take = page.getByRole('dialog', { name: 'Take a snapshot of “small”' });
  await take.getByLabel('Name').fill(name);
  await take.getByLabel('Name').press('Enter');
  await expect(take).toBeHidden();
}

async function revertTo(page: Page, name: string) {
  await snapItem(page, name).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Revert…' }).click();
  const revert = page.getByRole('alertdialog', { name: `Revert “small” to “${name}”?` });
  await revert.getByRole('button', { name: 'Revert' }).click();
  await expect(revert).toBeHidden();
}

test('snapshots of a stopped VM: a tree with the current one marked; take, revert, delete', async ({ page }, testInfo) => {
  await page.goto(server.url);
  await openSnapshots(page, 'small');
  await expect(page.getByText(/No snapshots yet/)).toBeVisible();
  const toolbar = page.getByRole('toolbar', { name: 'Snapshot actions' });
  await expect(toolbar.getByRole('button', { name: 'Revert…' })).toBeDisabled();

  // The dialog checks the name with the engine's own rule before anything is sent.
  await toolbar.getByRole('button', { name: 'Take snapshot…' }).click();
  const take = page.getByRole('dialog', { name: 'Take a snapshot of “small”' });
  await expect(take.getByText('The VM is off: the snapshot keeps its disks only.')).toBeVisible();
  await take.getByLabel('Name').fill('123');
  await expect(take.getByText('A snapshot name needs a letter')).toBeVisible();
  await expect(take.getByRole('button', { name: 'Take snapshot' })).toBeDisabled();
  await take.getByLabel('Name').fill('fresh install');
  await take.getByLabel('Description (optional)').fill('Right after creating the VM');
  await shot(page, testInfo, 'snapshot-take-dialog');
  await take.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(take).toBeHidden();

  const fresh = snapItem(page, 'fresh install');
  await expect(fresh).toContainText('Disks only');
  await expect(fresh).toContainText('Right after creating the VM');
  await expect(fresh).toContainText('—'); // no memory state
  await expect(fresh).toHaveAttribute('aria-current', 'true'); // the VM is at the snapshot it just took
  await expect(fresh).toContainText('current');

  // A second one hangs off the first and becomes current; the same name is refused.
  await toolbar.getByRole('button', { name: 'Take snapshot…' }).click();
  await take.getByLabel('Name').fill('fresh install');
  await expect(take.getByText('This VM already has a snapshot with this name.')).toBeVisible();
  await take.getByLabel('Name').fill('second');
  await take.getByLabel('Name').press('Enter');
  await expect(take).toBeHidden();
  const second = snapItem(page, 'second');
  await expect(second).toHaveAttribute('aria-level', '2');
  await expect(second).toHaveAttribute('aria-current', 'true');
  await expect(fresh).not.toHaveAttribute('aria-current');

  // Back to the first: the dialog says what is lost and that the VM stays off; the mark moves back.
  await fresh.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Revert…' }).click();
  const revert = page.getByRole('alertdialog', { name: 'Revert “small” to “fresh install”?' });
  await expect(revert.getByText(/The current state is lost/)).toBeVisible();
  await expect(revert.getByText(/The VM stays off/)).toBeVisible();
  await shot(page, testInfo, 'snapshot-revert-confirm');
  await revert.getByRole('button', { name: 'Revert' }).click();
  await expect(revert).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '“small” is back at “fresh install”' })).toBeVisible();
  await expect(vmRow(page, 'small')).toContainText(/stopped/i);
  await expect(fresh).toHaveAttribute('aria-current', 'true');

  // A snapshot taken now branches off the first, beside the second.
  await takeSnapshot(page, 'branch');
  const branch = snapItem(page, 'branch');
  await expect(branch).toHaveAttribute('aria-level', '2');
  await expect(branch).toHaveAttribute('aria-current', 'true');
  await expect(second).toHaveAttribute('aria-level', '2');
  await expect(toolbar.getByText('3 snapshots')).toBeVisible();
  await revertTo(page, 'second');
  await expect(second).toHaveAttribute('aria-current', 'true');
  await second.click();
  await shotsAllSizes(page, testInfo, 'snapshot-tree');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, 'snapshot-tree-1024-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The arrow keys walk the tree: Left to the parent, Down through the rows.
  await second.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(fresh).toBeFocused();
  await expect(fresh).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(branch).toBeFocused();

  // Deleting a snapshot with children: they move up to its parent (here the root); the mark stays.
  await fresh.focus();
  await page.keyboard.press('Delete');
  const del = page.getByRole('alertdialog', { name: 'Delete snapshot “fresh install”?' });
  await del.getByRole('button', { name: 'Delete' }).click();
  await expect(del).toBeHidden();
  await expect(fresh).toHaveCount(0);
  await expect(second).toHaveAttribute('aria-level', '1');
  await expect(branch).toHaveAttribute('aria-level', '1');
  await expect(second).toHaveAttribute('aria-current', 'true');

  // The row menu deletes too; the current one going leaves no mark (it had no parent left).
  await second.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const del2 = page.getByRole('alertdialog', { name: 'Delete snapshot “second”?' });
  await del2.getByRole('button', { name: 'Delete' }).click();
  await expect(second).toHaveCount(0);
  await expect(branch).toBeVisible();
  await expect(page.getByRole('treeitem', { name: /, current$/ })).toHaveCount(0);
  await expect(toolbar.getByText('1 snapshot', { exact: true })).toBeVisible();
});

test('the Disks view: facts of each image, its backing chain, check and resize', async ({ page }, testInfo) => {
  await page.goto(server.url);
  await page.getByRole('toolbar', { name: 'Virtual machine actions' }).getByRole('button', { name: 'Disks' }).click();
  await expect(page.getByRole('heading', { name: 'Disks', level: 2 })).toBeVisible();
  const row = diskRow(page, 'disk0.qcow2');
  await expect(row).toContainText('small · disk 1');
  await expect(diskCell(row, 'format')).toHaveText('qcow2');
  await expect(diskCell(row, 'size')).toHaveText(/^\d+ GiB$/);
  const snapshots = await callApi<SnapshotList>(server, 'listSnapshots', { id: small.id });
  await expect(diskCell(row, 'snapshots')).toHaveText(String(snapshots.snapshots.length));
  await expect(diskRow(page, 'big.raw')).toContainText('bulk · disk 1');
  await expect(diskCell(diskRow(page, 'big.raw'), 'format')).toHaveText('raw');
  await expect(diskCell(diskRow(page, 'big.raw'), 'size')).toHaveText('256 MiB');

  await row.getByRole('button', { name: 'Details of disk0.qcow2' }).click();
  const chain = page.getByRole('list', { name: 'Backing chain' });
  await expect(chain).toContainText(path.join(server.dataDir, 'vms', small.id, 'disk0.qcow2'));
  await shotsAllSizes(page, testInfo, 'disks');

  // Check reads the image and says what it found in words, with qemu-img's own below.
  await page.getByRole('group', { name: 'Actions for disk0.qcow2' }).getByRole('button', { name: 'Check' }).click();
  const check = page.getByRole('dialog', { name: 'Check disk0.qcow2' });
  await expect(check.getByLabel('Verdict: Clean')).toBeVisible();
  await expect(check.getByText('No errors: the image is consistent.')).toBeVisible();
  await check.getByRole('button', { name: 'Close' }).click();

  // Shrinking is loud and needs a tick; growing explains the guest's part.
  await row.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Resize…' }).click();
  const resize = page.getByRole('dialog', { name: 'Resize disk0.qcow2' });
  const before = Number(await resize.getByLabel('New size (GiB)').inputValue());
  expect(before).toBeGreaterThanOrEqual(1);
  await resize.getByLabel('New size (GiB)').fill('0.5');
  await expect(resize.getByRole('alert')).toContainText('Shrinking destroys data.');
  const shrink = resize.getByRole('button', { name: 'Shrink to 0.5 GiB' });
  await expect(shrink).toBeDisabled();
  await resize.getByRole('checkbox', { name: 'I understand the data past 0.5 GiB is destroyed' }).click();
  await expect(shrink).toBeEnabled();
  await shotsAllSizes(page, testInfo, 'resize-shrink');
  await resize.getByLabel('New size (GiB)').fill(String(before + 1));
  await expect(resize.getByText(/keep their size until the guest grows them/)).toBeVisible();
  await resize.getByRole('button', { name: 'Resize' }).click();
  await expect(resize).toBeHidden();
  await expect(diskCell(row, 'size')).toHaveText(`${before + 1} GiB`);
});

test('convert with a progress bar, Cancel, and the new file listed', async ({ page }, testInfo) => {
  await page.goto(server.url);
  await expect(vmRow(page, 'bulk')).toBeVisible(); // the app is up and listening for keys
  await page.keyboard.press('Control+i'); // the Disks page's key
  const raw = diskRow(page, 'big.raw');
  await expect(raw).toBeVisible();

  async function startConvert(): Promise<Locator> {
    await raw.getByRole('button', { name: 'Actions for big.raw' }).click();
    await page.getByRole('menuitem', { name: 'Convert…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Convert big.raw' });
    await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveText(/qcow2/);
    await dialog.getByRole('checkbox', { name: /Compress/ }).click();
    await expect(dialog.getByRole('checkbox', { name: 'Use the converted image for this VM (the old file is kept)' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Convert', exact: true }).click();
    return dialog;
  }

  // The bar moves with the engine's task events; Cancel stops qemu-img and leaves nothing behind.
  let dialog = await startConvert();
  const bar = dialog.getByRole('progressbar', { name: 'Converting big.raw to qcow2' });
  await expect(bar).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(0);
  await shotsAllSizes(page, testInfo, 'convert-progress');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByText(/Cancelled\. No converted file was left behind/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(fs.readdirSync(path.join(server.dataDir, 'vms', bulk.id)).filter((f) => f.endsWith('.qcow2'))).toEqual([]);

  // Again, to the end: the VM uses the new file, which the list shows in the old one's place.
  dialog = await startConvert();
  // (The bar was checked above; on a quiet machine this run may end before a look at it.)
  await expect(dialog.getByText(/Converted to qcow2; the VM uses the new file from now on/)).toBeVisible({ timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  const converted = diskRow(page, 'big.qcow2');
  await expect(converted).toContainText('bulk · disk 1');
  await expect(diskCell(converted, 'format')).toHaveText('qcow2');
  await expect(diskCell(converted, 'size')).toHaveText('256 MiB');
  await expect(raw).toHaveCount(0); // kept on disk, but no VM uses it now
  expect(fs.existsSync(path.join(imagesDir, 'big.raw'))).toBe(true);
});

test("a running VM's disk cannot be resized, and says why", async ({ page }, testInfo) => {
  await callApi(server, 'start', { id: small.id });
  await page.goto(server.url);
  await expect(vmRow(page, 'small')).toContainText(/running/i);

  await page.getByRole('toolbar', { name: 'Virtual machine actions' }).getByRole('button', { name: 'Disks' }).click();
  const row = diskRow(page, 'disk0.qcow2');
  await expect(row).toContainText(/The VM is running, and QEMU holds a lock on its disks/);
  await shot(page, testInfo, 'disks-running-1024');
  await row.getByRole('button', { name: 'Details of disk0.qcow2' }).click();
  const actions = page.getByRole('group', { name: 'Actions for disk0.qcow2' });
  await expect(actions.getByRole('button', { name: 'Resize…' })).toBeDisabled();
  await expect(actions.getByRole('button', { name: 'Convert…' })).toBeDisabled();
  await expect(actions.getByRole('button', { name: 'Check' })).toBeDisabled();

  // The hardware editor's Disks page shows the same image, the same actions and the same reason.
  await vmRow(page, 'small').click();
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByRole('tablist', { name: 'Hardware' }).getByRole('tab', { name: 'Disks' }).click();
  const card = page.getByRole('group', { name: 'Disk 1' });
  await expect(card).toContainText('qcow2');
  await expect(card).toContainText(/\d+ GiB/);
  await expect(card.getByRole('button', { name: 'Resize…' })).toBeDisabled();
  await expect(card).toContainText(/The VM is running, and QEMU holds a lock on its disks/);
  await shotsAllSizes(page, testInfo, 'editor-disks-running');

  // A snapshot of the running VM is live: memory and disks.
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await page.getByRole('button', { name: 'Take snapshot…' }).click();
  const take = page.getByRole('dialog', { name: 'Take a snapshot of “small”' });
  await expect(take.getByText(/The VM is running: the snapshot keeps its memory and its disks/)).toBeVisible();
  await take.getByLabel('Name').fill('while running');
  await take.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(take).toBeHidden({ timeout: 120_000 });
  const live = snapItem(page, 'while running');
  await expect(live).toContainText('Live: memory and disks');
  await expect(live).toContainText(/\d+(\.\d+)? (KiB|MiB)/);

  // Off again: the actions come back (the vm-changed event refreshes the image list), and reverting
  // the live snapshot says it will start the VM.
  await callApi(server, 'forceOff', { id: small.id });
  await expect(vmRow(page, 'small')).toContainText(/stopped/i);
  await live.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Revert…' }).click();
  const revert = page.getByRole('alertdialog', { name: 'Revert “small” to “while running”?' });
  await expect(revert.getByText(/reverting starts the VM/)).toBeVisible();
  await shotsAllSizes(page, testInfo, 'snapshot-revert-live');
  await revert.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(card.getByRole('button', { name: 'Resize…' })).toBeEnabled();
});

test('a linked-clone base no VM builds on any more is deleted from the Disks view', async ({ page }, testInfo) => {
  const origin = await callApi<VmSummary>(server, 'create', kernelVm('origin', { storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' } }));
  const clone = await callApi<VmSummary>(server, 'cloneVm', { id: origin.id, name: 'linked', mode: 'linked' });
  const bases = (await callApi<DiskEntry[]>(server, 'listDisks', {})).filter((d) => d.vm === null);
  expect(bases).toHaveLength(1);
  const base = bases[0]!.path;
  const file = path.basename(base);

  await page.goto(server.url);
  await page.getByRole('toolbar', { name: 'Virtual machine actions' }).getByRole('button', { name: 'Disks' }).click();
  const row = diskRow(page, file);
  await expect(row).toContainText(/Shared base — used by (linked, origin|origin, linked)/);
  await row.getByRole('button', { name: `Details of ${file}` }).click();
  const actions = page.getByRole('group', { name: `Actions for ${file}` });
  // While clones build on it, it stays, and the view says why.
  await expect(actions.getByRole('button', { name: 'Delete base…' })).toBeDisabled();
  await expect(page.getByText(/^(linked, origin|origin, linked) build on this base: it can be deleted once no VM does/)).toBeVisible();

  // Both VMs go (a deleted VM never takes its base with it): the base is left over, and can go.
  for (const vm of [clone, origin]) {
    const plan = await callApi<{ files: { path: string }[] }>(server, 'deletionPlan', { id: vm.id });
    await callApi(server, 'remove', { id: vm.id, deleteFiles: plan.files.map((f) => f.path) });
  }
  expect(fs.existsSync(base)).toBe(true);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(row).toContainText('Shared base — no VM uses it now');
  await expect(actions.getByRole('button', { name: 'Delete base…' })).toBeEnabled();
  await actions.getByRole('button', { name: 'Delete base…' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Delete the base “${file}”?` });
  await expect(dialog).toContainText('No VM builds on this image any more');
  await expect(dialog).toContainText(base);
  await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  await shot(page, testInfo, 'delete-base-1024');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, 'delete-base-1024-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await dialog.getByRole('button', { name: 'Delete base' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Deleted the base ${file}` })).toBeVisible();
  await expect(row).toHaveCount(0);
  expect(fs.existsSync(base)).toBe(false);
  // The engine takes nothing else for a base: a VM's own disk is refused.
  const disk = path.join(server.dataDir, 'vms', small.id, 'disk0.qcow2');
  await expect(callApi(server, 'deleteBase', { path: disk })).rejects.toThrow(/is not a linked-clone base/);
  expect(fs.existsSync(disk)).toBe(true);
});
