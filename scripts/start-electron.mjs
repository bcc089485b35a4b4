#!/usr/bin/env node
// `npm start`: open VirtDesk in Electron, or say in one line why not and what to use instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
let electron;
try {
  electron = require('electron'); // the binary's path; throws when the binary was never downloaded
} catch {
  console.error(
    'VirtDesk: the Electron binary is not installed (npm install skipped or could not download it); run "npm run web" to use VirtDesk in your browser instead.',
  );
  process.exit(1);
}
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const child = spawn(electron, [repo, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
