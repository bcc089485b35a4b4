import { expect, type Page } from '@playwright/test';

/** The text xterm.js shows on screen (its DOM renderer draws one element per visible row). */
export const terminalText = (page: Page) => page.locator('[data-testid="console-terminal"] .xterm-rows').innerText();

export async function expectOnTerminal(page: Page, text: string | RegExp, timeout = 60_000) {
  await expect
    .poll(async () => terminalText(page), { timeout, message: `terminal shows ${text}` })
    .toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text);
}
