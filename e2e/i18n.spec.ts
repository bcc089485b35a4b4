// Issue 14 as a person meets it, in Debian's Chromium against the real headless server: a browser set to
// French gets VirtDesk in French (the page's lang, the toolbar, the list's sizes in Mio, the wizard with a
// decimal comma and "1,5 Gio" on Review, an engine refusal in French, a chart's axis in French); a browser
// in English gets English with "1.5 GiB"; the globe menu switches language at once and remembers it.
// The expected words come from the catalogs themselves (shared/i18n), so a wording change does not break
// the test, but a word left untranslated does. Screenshots, light and dark, 1024x640 and 800x600.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { createI18n } from '../shared/i18n/index.js';
import type { VmSummary } from '../shared/model/index.js';
import { callApi } from './support/api.js';
import { shooter } from './support/artifacts.js';
import { startHeadless, type Headless } from './support/headless.js';
import { kernelVm, requireGuest } from './support/vms.js';

const fr = createI18n('fr');
const en = createI18n('en');
type T = typeof fr;
const shot = shooter('i18n');

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1024, height: 640 } });

let server: Headless;
let files: string;
let busy: VmSummary;

test.beforeAll(async () => {
  requireGuest();
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-i18n-'));
  server = await startHeadless();
  await callApi(server, 'create', kernelVm('alpha'));
  busy = await callApi<VmSummary>(server, 'create', kernelVm('busy guest', { network: { mode: 'user' } }));
  await callApi(server, 'start', { id: busy.id });
});
test.afterAll(async () => {
  await server?.stop();
  if (files) fs.rmSync(files, { recursive: true, force: true });
});

const list = (page: Page, t: T) => page.getByRole('region', { name: t.t('app:window.listPane') });

async function shots(page: Page, testInfo: TestInfo, name: string) {
  await shot(page, testInfo, `${name}-1024`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, `${name}-1024-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openWizard(page: Page, t: T): Promise<Locator> {
  await page
    .getByRole('button', { name: t.t('vmList:toolbar.newVm') })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: t.t('wizard:title') });
  await expect(dialog.getByRole('heading', { name: t.t('wizard:steps.source.title') })).toBeVisible();
  return dialog;
}

async function next(dialog: Locator, t: T, step: 'os' | 'resources' | 'storage' | 'network' | 'review') {
  await dialog.getByRole('button', { name: t.t('common:action.next') }).click();
  await expect(dialog.getByRole('heading', { name: t.t(`wizard:steps.${step}.title`) })).toBeVisible();
}

/** Network boot to Review with a disk of `size` as the person types it. */
async function wizardToReview(page: Page, t: T, size: string): Promise<Locator> {
  const dialog = await openWizard(page, t);
  await dialog.getByRole('radio', { name: new RegExp(t.t('wizard:source.pxe.title').replace(/[()]/g, '\\$&')) }).click();
  await next(dialog, t, 'os');
  await next(dialog, t, 'resources');
  await next(dialog, t, 'storage');
  await dialog.getByLabel(t.t('wizard:storage.size')).fill(size);
  await next(dialog, t, 'network');
  await dialog.getByLabel(t.t('wizard:network.name'), { exact: true }).fill('pxe box');
  await next(dialog, t, 'review');
  return dialog;
}

test.describe('a browser in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the main window speaks French: lang, toolbar, sizes in Mio', async ({ page }, testInfo) => {
    await page.goto(server.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button', { name: fr.t('vmList:toolbar.newVm') }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: en.t('vmList:toolbar.newVm') })).toHaveCount(0);
    // The list's memory column shows at 1280 px wide (narrower windows keep the CPU column only).
    await page.setViewportSize({ width: 1280, height: 800 });
    const row = list(page, fr).getByRole('row', { name: /busy guest/ });
    await expect(row).toContainText(/\d\u00a0Mio/);
    await expect(row).not.toContainText('MiB');
    await page.setViewportSize({ width: 1024, height: 640 });
    await shots(page, testInfo, 'fr-main');
    await page.setViewportSize({ width: 800, height: 600 });
    await shot(page, testInfo, 'fr-main-800');
  });

  test('the wizard takes "1,5" and Review says 1,5 Gio; an engine refusal reads in French', async ({ page }, testInfo) => {
    await page.goto(server.url);
    const notIso = path.join(files, 'passwd.iso');
    fs.writeFileSync(notIso, 'root:x:0:0:root:/root:/bin/bash\n'.repeat(2000));
    let dialog = await openWizard(page, fr);
    await dialog.getByLabel(fr.t('wizard:iso.label')).fill(notIso);
    // The engine's check of step 1, sent as a key and shown in French.
    await expect(dialog.getByText(/n’est pas une image ISO 9660 ou UDF/)).toBeVisible();
    await expect(dialog.getByText(/is not an ISO 9660 or UDF image/)).toHaveCount(0);
    await shots(page, testInfo, 'fr-wizard-refusal');
    await dialog.getByRole('button', { name: fr.t('common:action.cancel') }).click();
    await expect(dialog).toBeHidden();

    dialog = await wizardToReview(page, fr, '1,5');
    await expect(dialog.getByText(/1,5\u00a0Gio/).first()).toBeVisible();
    await shots(page, testInfo, 'fr-wizard-review');
    await dialog.getByText(fr.t('teach:explained.show')).click();
    const tcg = dialog.getByText(/L’émulation\s: TCG|l’hyperviseur KVM/).first();
    await tcg.scrollIntoViewIfNeeded();
    await expect(tcg).toBeVisible();
    await shot(page, testInfo, 'fr-wizard-explained');
    await dialog.getByRole('button', { name: fr.t('common:action.cancel') }).click();
  });

  test('a chart’s axis and figures are French', async ({ page }, testInfo) => {
    await page.goto(server.url);
    await list(page, fr)
      .getByRole('row', { name: /busy guest/ })
      .click();
    await page.getByRole('tab', { name: fr.t('details:tab.performance') }).click();
    // Each chart is named with its figures now, as a screen reader says them: French units and spaces.
    const memory = page.getByRole('group', { name: /^Graphique «\sMémoire\s»/ });
    await expect(memory).toHaveAccessibleName(/\d\u00a0Mio/);
    await expect(page.getByRole('group', { name: /^Graphique «\sDisque\s»/ })).toHaveAccessibleName(/\d\u00a0[KM]?o\/s|\d\u00a0[KMG]io\/s/);
    // The memory chart's axis is in Mio, the French unit.
    await expect(page.getByRole('region', { name: fr.t('host:perf.memory.title') }).getByText('Mio', { exact: true })).toBeVisible();
    await shots(page, testInfo, 'fr-performance');
  });
});

test.describe('a browser in English', () => {
  test.use({ locale: 'en-US' });

  test('the main window and the wizard speak English, with 1.5 GiB', async ({ page }, testInfo) => {
    await page.goto(server.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(list(page, en).getByRole('row', { name: /busy guest/ })).toContainText(/\d MiB/);
    await page.setViewportSize({ width: 1024, height: 640 });
    await shots(page, testInfo, 'en-main');
    const dialog = await wizardToReview(page, en, '1.5');
    await expect(dialog.getByText(/1\.5 GiB/).first()).toBeVisible();
    await shots(page, testInfo, 'en-wizard-review');
    await dialog.getByRole('button', { name: en.t('common:action.cancel') }).click();
  });

  test('the language menu switches at once, for every window, and is remembered', async ({ page }) => {
    await page.goto(server.url);
    await page.getByRole('button', { name: en.t('common:language.label') }).click();
    await page.getByRole('menuitemradio', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button', { name: fr.t('vmList:toolbar.newVm') }).first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: fr.t('vmList:toolbar.newVm') }).first()).toBeVisible();
    await page.getByRole('button', { name: fr.t('common:language.label') }).click();
    await page.getByRole('menuitemradio', { name: /Système/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: en.t('vmList:toolbar.newVm') }).first()).toBeVisible();
  });
});
