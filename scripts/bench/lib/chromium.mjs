// Debian's Chromium, never a downloaded browser, for the bench's page figures (scale, viewer) and the
// e2e tests (playwright.config.ts imports these). As root it needs --no-sandbox; the network flags keep
// it from calling out (the CI machines have no network but the package registries).
import { chromium } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const launchChromium = () => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
