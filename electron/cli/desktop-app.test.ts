// `virtdesk` with no command starts the desktop app only where Electron runs the command line (the .deb's
// /usr/bin/virtdesk); the .deb's wrapper and electron-builder.yml agree on where the app and its CLI are.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { desktopLaunch } from './desktop-app.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const inElectron = {
  execPath: '/opt/VirtDesk/virtdesk-app',
  versions: { ...process.versions, electron: '39.0.0' },
  env: { ELECTRON_RUN_AS_NODE: '1', LANG: 'fr_FR.UTF-8' },
};

describe('virtdesk with no command', () => {
  it('inside Electron: starts the same executable as the app, without ELECTRON_RUN_AS_NODE', () => {
    expect(desktopLaunch([], inElectron)).toEqual({ command: '/opt/VirtDesk/virtdesk-app', args: [], env: { LANG: 'fr_FR.UTF-8' } });
  });

  it('any argument stays on the command line (a mistyped command is told so, no window opens)', () => {
    for (const argv of [['lst'], ['--headless'], ['host'], ['--help'], ['disk.iso']]) expect(desktopLaunch(argv, inElectron)).toBeNull();
  });

  it('under plain Node (npm, the tests): never the app, the help as before', () => {
    expect(desktopLaunch([], { ...inElectron, versions: process.versions })).toBeNull();
    expect(desktopLaunch([], { ...inElectron, env: {} })).toBeNull();
  });
});

describe('the .deb command line (packaging/virtdesk)', () => {
  const wrapper = fs.readFileSync(path.join(repo, 'packaging/virtdesk'), 'utf8');
  const builder = fs.readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8');
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { bin: { virtdesk: string } };
  const field = (name: string) => new RegExp(`^\\s*${name}:\\s*(\\S+)`, 'm').exec(builder)?.[1];

  it('runs the packaged app executable as Node on the CLI that package.json names', () => {
    const exec = /^ELECTRON_RUN_AS_NODE=1 exec (\S+) (\S+) "\$@"$/m.exec(wrapper);
    expect(exec, 'the wrapper execs the app as Node').not.toBeNull();
    expect(exec![1]).toBe(`/opt/${field('productName')}/${field('executableName')}`);
    // Unpacked (asar: false): the CLI spawns its helpers (the console log keeper) by file path.
    expect(field('asar')).toBe('false');
    expect(exec![2]).toBe(`/opt/${field('productName')}/resources/app/${pkg.bin.virtdesk}`);
  });

  it('is installed as /usr/bin/virtdesk, executable, beside the app (which keeps another name)', () => {
    expect(builder).toMatch(/^\s*- packaging\/virtdesk=\/usr\/bin\/virtdesk$/m);
    expect(field('executableName')).not.toBe('virtdesk');
    expect(fs.statSync(path.join(repo, 'packaging/virtdesk')).mode & 0o111).toBeTruthy();
  });
});
