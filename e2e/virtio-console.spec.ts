// Issue #15 item 3 as a person meets it, in Chromium against the real headless server and a real TCG
// guest: the wizard creates a kernel-boot VM of the test guest on the virtio console (its proposed
// kernel command line turns to console=hvc0), the Console tab opens hvc0, shows the guest's prompt and
// takes typing. Then the editor's console choice and its warning, in English and French, light and
// dark, at 1024x640 and 800x600. Words come from the catalogs, so a wording change does not break it.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { createI18n } from '../shared/i18n/index.js';
import type { VmSummary } from '../shared/model/index.js';
import { callApi } from './support/api.js';
import { lightAndDark, SHOTS, shooter } from './support/artifacts.js';
import { startHeadless, type Headless } from './support/headless.js';
import { expectOnTerminal } from './support/terminal.js';
import { INITRD, KERNEL, kernelVm, requireGuest } from './support/vms.js';

const en = createI18n('en');
const fr = createI18n('fr');
const shot = shooter('virtio-console');
const both = lightAndDark(shot);
let server: Headless;

test.use({ viewport: { width: 1024, height: 640 } });

test.beforeAll(async () => {
  requireGuest();
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startHeadless();
});
test.afterAll(async () => {
  await server?.stop();
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('the wizard makes a virtio-console VM whose Console tab is the guest’s shell', async ({ page }, testInfo) => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'New VM' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New virtual machine' });
    await dialog.getByRole('radio', { name: /Direct kernel boot/ }).click();
    await dialog.getByLabel('Kernel', { exact: true }).fill(KERNEL);
    await dialog.getByLabel('Initrd (optional)').fill(INITRD);
    // The proposal is left as it is: the console choice below turns it to console=hvc0.
    await expect(dialog.getByLabel('Kernel arguments')).toHaveValue('console=ttyS0');
    await dialog.getByLabel('Kernel arguments').press('Enter');
    await dialog.getByRole('searchbox', { name: 'Search operating systems' }).fill('virtdesk');
    await dialog.getByRole('radio', { name: /VirtDesk test guest/ }).click();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog.getByRole('heading', { name: 'Memory and CPUs' })).toBeVisible();
    await dialog.getByLabel('Memory (MiB)', { exact: true }).fill('256');
    await dialog.getByLabel('CPUs', { exact: true }).fill('1');
    await dialog.getByRole('combobox', { name: 'Accelerator' }).click();
    await page.getByRole('option', { name: /Emulation/ }).click();
    await dialog.getByRole('combobox', { name: en.t('teach:field.console.label') }).click();
    await page.getByRole('option', { name: en.t('teach:field.console.virtio') }).click();
    await expect(dialog.getByText(en.t('teach:field.console.hint'))).toBeVisible();
    await both(page, testInfo, '1-wizard-console-en');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog.getByRole('heading', { name: 'Storage' })).toBeVisible();
    await dialog.getByRole('radio', { name: /No disk/ }).click();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByLabel('Name', { exact: true }).fill('virtio guest');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog.getByRole('heading', { name: 'Review' })).toBeVisible();
    await expect(dialog.getByText('console=hvc0').first()).toBeVisible();
    await expect(dialog.getByText('virtconsole,chardev=hvc0', { exact: false }).first()).toBeVisible();
    await dialog.getByRole('button', { name: 'Create and start' }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole('row', { name: /virtio guest/ });
    await row.click();
    await page.getByRole('tab', { name: 'Console' }).click();
    await expect(page.getByRole('radio', { name: en.t('console:stream.label.hvc0') })).toBeChecked();
    await expectOnTerminal(page, 'guest#', 120_000);
    await page.locator('[data-testid="console-terminal"]').click();
    await page.keyboard.type('echo typed-$((6*7))\n');
    await expectOnTerminal(page, 'typed-42', 30_000);
    await both(page, testInfo, '2-console-hvc0-en');
    await page.setViewportSize({ width: 800, height: 600 });
    await shot(page, testInfo, '3-console-hvc0-800x600');
  });
});

test.describe('en français', () => {
  test.use({ locale: 'fr-FR' });

  test('l’éditeur propose la console et avertit si console=ttyS0 reste', async ({ page }, testInfo) => {
    const vm = await callApi<VmSummary>(server, 'create', kernelVm('console fr', { consoleDevice: 'virtio' }));
    await page.goto(server.url);
    await page.getByRole('row', { name: /console fr/ }).click();
    await page.getByRole('tab', { name: fr.t('details:tab.details') }).click();
    await page
      .getByRole('tablist', { name: fr.t('details:editor.hardware') })
      .getByRole('tab', { name: fr.t('details:section.serial') })
      .click();
    // kernelVm boots with console=ttyS0: the editor says how to fix it and leaves the text alone.
    await expect(page.getByText(fr.t('teach:field.console.appendSaysTtyS0'))).toBeVisible();
    await both(page, testInfo, '4-editor-fr');
    await page.setViewportSize({ width: 800, height: 600 });
    await both(page, testInfo, '5-editor-fr-800x600');
    expect(vm.config?.kernel?.append).toBe('console=ttyS0');
  });
});
