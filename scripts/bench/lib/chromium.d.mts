// Types for chromium.mjs, which playwright.config.ts imports.
import type { Browser } from '@playwright/test';

export const CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export function launchChromium(): Promise<Browser>;
