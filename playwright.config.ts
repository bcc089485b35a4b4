import { defineConfig } from '@playwright/test';
// Debian's Chromium, launched as the bench launches it (one list of flags for both).
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/bench/lib/chromium.mjs';

export { CHROMIUM };

export default defineConfig({
  testDir: 'e2e',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 1, // two cores, and every test boots a TCG guest
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    viewport: { width: 1280, height: 800 },
    // The specs read the English words unless they say otherwise (the i18n project runs in French):
    // without this, the page would follow whatever language the machine running them prefers.
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'web', testMatch: 'web.spec.ts' },
    { name: 'boundary', testMatch: 'boundary.spec.ts' },
    { name: 'host', testMatch: 'host.spec.ts' },
    { name: 'wizard', testMatch: 'wizard.spec.ts' },
    { name: 'wizard-checks', testMatch: 'wizard-checks.spec.ts' },
    { name: 'consoles', testMatch: 'consoles.spec.ts' },
    { name: 'consoles-monitor', testMatch: 'consoles-monitor.spec.ts' },
    { name: 'console-flood', testMatch: 'console-flood.spec.ts' },
    { name: 'console-tunnel', testMatch: 'console-tunnel.spec.ts' },
    { name: 'lifecycle', testMatch: 'lifecycle.spec.ts' },
    { name: 'storage', testMatch: 'storage.spec.ts' },
    { name: 'stats', testMatch: 'stats.spec.ts' },
    { name: 'media', testMatch: 'media.spec.ts' },
    { name: 'i18n', testMatch: 'i18n.spec.ts' },
    { name: 'virtio-console', testMatch: 'virtio-console.spec.ts' },
    { name: 'labs', testMatch: 'labs.spec.ts' },
    { name: 'networks', testMatch: 'networks.spec.ts' },
    { name: 'guest-agent', testMatch: 'guest-agent.spec.ts' },
    { name: 'electron', testMatch: 'electron.spec.ts' },
    { name: 'shares', testMatch: 'shares.spec.ts' },
  ],
});
