// Screenshots the e2e tests save for people to look at (git-ignored), attached to the report too.
import fs from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

export const SHOTS = path.resolve('e2e/artifacts');

/** shot(page, testInfo, '3-review') saves e2e/artifacts/<prefix>-3-review.png. */
export function shooter(prefix: string) {
  return async (page: Page, testInfo: TestInfo, name: string): Promise<void> => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, `${prefix}-${name}.png`);
    await page.screenshot({ path: file });
    await testInfo.attach(name, { path: file, contentType: 'image/png' });
  };
}

/** A shooter's picture in the light theme, then the dark one (…-light.png, …-dark.png); light again after. */
export function lightAndDark(shot: ReturnType<typeof shooter>) {
  return async (page: Page, testInfo: TestInfo, name: string): Promise<void> => {
    await page.emulateMedia({ colorScheme: 'light' });
    await shot(page, testInfo, `${name}-light`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, testInfo, `${name}-dark`);
    await page.emulateMedia({ colorScheme: 'light' });
  };
}
