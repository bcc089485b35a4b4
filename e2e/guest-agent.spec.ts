// Issue #17 item 3 as a person meets it, in Chromium against the real headless server and a real TCG
// guest whose qemu-ga answers: the VM list shows the guest's address beside its name; the Overview
// shows its host name, its OS and every address; the hardware editor's Guest agent page has the
// switch. English and French, light and dark. Words come from the catalogs.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { createI18n } from '../shared/i18n/index.js';
import type { VmSummary } from '../shared/model/index.js';
import { callApi } from './support/api.js';
import { lightAndDark, SHOTS, shooter } from './support/artifacts.js';
import { startHeadless, type Headless } from './support/headless.js';
import { INITRD, KERNEL, kernelVm, requireGuest } from './support/vms.js';

const en = createI18n('en');
const fr = createI18n('fr');
const shot = shooter('guest-agent');
const both = lightAndDark(shot);
let server: Headless;
let vm: VmSummary;

test.use({ viewport: { width: 1024, height: 640 } });

test.beforeAll(async () => {
  requireGuest();
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startHeadless();
  // NAT, so the guest's DHCP gets 10.0.2.15; a disk, for a snapshot; the agent's channel is on by default.
  vm = await callApi<VmSummary>(
    server,
    'create',
    kernelVm('web1', { network: { mode: 'user' }, storage: { kind: 'new', sizeGiB: 0.05, format: 'qcow2' } }),
  );
  await callApi(server, 'start', { id: vm.id });
});
test.afterAll(async () => {
  await server?.stop();
});

for (const [lng, i18n, locale] of [
  ['en', en, 'en-US'],
  ['fr', fr, 'fr-FR'],
] as const) {
  test.describe(lng, () => {
    test.use({ locale });

    test(`the guest's address in the list, its name, OS and addresses in the details (${lng})`, async ({ page }, testInfo) => {
      expect(vm.config?.guestAgent).toBe(true);
      await page.goto(server.url);
      const row = page.getByRole('row', { name: /web1/ });
      // The agent answers once the guest has booted and DHCP has given eth0 its address.
      await expect(row.getByTestId('vm-address')).toHaveText('10.0.2.15', { timeout: 240_000 });
      await expect(row.getByTestId('vm-address')).toHaveAttribute('title', i18n.t('guest:info.listAddress'));
      await both(page, testInfo, `1-list-${lng}`);

      await row.click();
      await page.getByRole('tab', { name: i18n.t('details:tab.details') }).click();
      await expect(page.getByTestId('guest-hostname')).toHaveText('virtdesk-guest');
      await expect(page.getByTestId('guest-os')).toHaveText('VirtDesk test guest');
      const eth0 = i18n.t('guest:info.interface', { name: 'eth0', addresses: '10.0.2.15/24' });
      await expect(page.getByTestId('guest-addresses')).toContainText(eth0);
      await page.getByTestId('guest-addresses').scrollIntoViewIfNeeded();
      await both(page, testInfo, `2-overview-${lng}`);

      await page
        .getByRole('tablist', { name: i18n.t('details:editor.hardware') })
        .getByRole('tab', { name: i18n.t('details:section.agent') })
        .click();
      await expect(page.getByRole('switch', { name: i18n.t('guest:field.label') })).toBeChecked();
      await both(page, testInfo, `3-hardware-${lng}`);
      await page.setViewportSize({ width: 800, height: 600 });
      await shot(page, testInfo, `4-hardware-${lng}-800x600`);
    });
  });
}

test('the wizard’s Review has the agent on, and switching it off takes the channel out of the command', async ({ page }, testInfo) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'New VM' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New virtual machine' });
  await dialog.getByRole('radio', { name: /Direct kernel boot/ }).click();
  await dialog.getByLabel('Kernel', { exact: true }).fill(KERNEL);
  await dialog.getByLabel('Initrd (optional)').fill(INITRD);
  await dialog.getByLabel('Kernel arguments').press('Enter');
  await dialog.getByRole('searchbox', { name: 'Search operating systems' }).fill('virtdesk');
  await dialog.getByRole('radio', { name: /VirtDesk test guest/ }).click();
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByLabel('Memory (MiB)', { exact: true }).fill('256');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('radio', { name: /No disk/ }).click();
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByLabel('Name', { exact: true }).fill('with agent');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('heading', { name: 'Review' })).toBeVisible();
  const agent = dialog.getByRole('switch', { name: en.t('guest:field.label') });
  await expect(agent).toBeChecked();
  const channel = dialog.getByText('name=org.qemu.guest_agent.0', { exact: false }).first();
  await expect(channel).toBeVisible();
  await agent.scrollIntoViewIfNeeded();
  await both(page, testInfo, '5-review-en');
  await agent.click();
  await expect(agent).not.toBeChecked();
  await expect(channel).toBeHidden();
});

test('a live snapshot says the guest agent froze the file systems', async ({ page }, testInfo) => {
  await page.goto(server.url);
  const row = page.getByRole('row', { name: /web1/ });
  await expect(row.getByTestId('vm-address')).toHaveText('10.0.2.15', { timeout: 240_000 });
  await row.click();
  await page.getByRole('tab', { name: en.t('details:tab.snapshots') }).click();
  await page.getByRole('toolbar', { name: 'Snapshot actions' }).getByRole('button', { name: 'Take snapshot…' }).click();
  const take = page.getByRole('dialog', { name: 'Take a snapshot of “web1”' });
  await expect(take.getByText(en.t('guest:snapshot.teach'), { exact: false })).toBeVisible();
  await take.getByLabel('Name').fill('frozen');
  await both(page, testInfo, '6-take-snapshot-en');
  await take.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(take).toBeHidden({ timeout: 60_000 });
  // The busybox guest's file systems are all in RAM: qemu-ga freezes none of them, and says so.
  await expect(page.getByText(en.t('guest:snapshot.frozen', { n: 0 }))).toBeVisible();
  await shot(page, testInfo, '7-snapshot-taken-en-light');
});
