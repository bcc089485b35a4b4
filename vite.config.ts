import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is loaded from virtdesk://app/ by Electron and from the headless server's HTTP root, so
// every asset URL must be relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  // The app icon beside index.html: the page's icon link and the server's answer to /favicon.ico.
  publicDir: '../assets',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Electron 41 and current Chromium: no need to down-level.
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Everything the first paint needs (shell, VM list, details frame, React, Radix) in ONE chunk:
        // left to itself the bundler cuts what the lazy views share with it into two dozen small
        // chunks, each one more request before the list can show. The views loaded on first use
        // (shell/views.ts) stay chunks of their own.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
});
