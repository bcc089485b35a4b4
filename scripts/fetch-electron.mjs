#!/usr/bin/env node
// postinstall: fetch the Electron binary. Electron's own install script is turned off (package.json
// allowScripts), because where its download fails (no network beyond the npm registry) it fails the
// whole install; here a failed download is one line, and VirtDesk still installs: `npm run web` runs it
// in a browser, and `npm start` says what to do.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) process.exit(0);
let installer;
try {
  installer = createRequire(import.meta.url).resolve('electron/install.js');
} catch {
  process.exit(0); // installed without devDependencies: no Electron wanted
}
const run = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
if (run.status !== 0) {
  const cause =
    (run.stderr || '')
      .split('\n')
      .find((l) => /error/i.test(l))
      ?.trim() ?? `exit status ${run.status}`;
  console.warn(
    `VirtDesk: the Electron binary could not be downloaded (${cause}); the install goes on without it. "npm run web" runs VirtDesk in your browser; "npm start" needs the binary (run "node node_modules/electron/install.js" once the network allows).`,
  );
}
