import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is loaded from file:// by Electron and from the headless server's HTTP root, so every
// asset URL must be relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Electron 41 and current Chromium: no need to down-level.
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
});
