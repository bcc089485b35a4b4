// The virtiofsd processes of shared folders, without QEMU: a virtiofsd that dies at start is reported
// with its own last word and leaves nothing behind; one no QEMU ever connected to (the engine died
// in between) is ended by stopVirtiofsds; a pidfile whose pid now belongs to another program is left alone.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VIRTIOFSD } from '../argv/shared-folder-args.js';
import { virtiofsFiles } from '../paths.js';
import { hasEnded, isAlive } from './proc.js';
import { runningVirtiofsds, startVirtiofsds, stopVirtiofsds } from './virtiofsd.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-vfsd-'));
const runDir = fs.mkdtempSync('/tmp/vdv-');
const folder = path.join(tmp, 'shared');
fs.mkdirSync(folder);
afterAll(async () => {
  await stopVirtiofsds(runDir);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(runDir, { recursive: true, force: true });
});

const share = (hostPath = folder) => ({ share: { hostPath, tag: 'shared', readOnly: false }, index: 0 });

describe('virtiofsd processes', () => {
  it('one that dies at start: its own last word, the share named, nothing left', async () => {
    const fake = path.join(tmp, 'fake-virtiofsd');
    fs.writeFileSync(fake, '#!/bin/sh\necho "fuse: cannot serve this folder today" >&2\nexit 1\n', { mode: 0o755 });
    await expect(startVirtiofsds(fake, runDir, [share()])).rejects.toMatchObject({
      message: `Cannot start: the shared folder "shared" (${folder}) could not be served: fuse: cannot serve this folder today. Check the folder, or remove it in Settings → Shared folders.`,
      details: expect.objectContaining({ field: 'sharedFolders.0.hostPath' }),
    });
    expect(fs.existsSync(virtiofsFiles(runDir, 0).pidfile)).toBe(false);
    expect(fs.existsSync(virtiofsFiles(runDir, 0).socket)).toBe(false);
  });

  it('a folder that is gone by the time virtiofsd would start', async () => {
    await expect(startVirtiofsds(VIRTIOFSD, runDir, [share(path.join(tmp, 'gone'))])).rejects.toThrow(
      /the shared folder "shared" \(.*gone\) could not be served: the folder no longer exists\./,
    );
  });

  it('one no QEMU connected to is ended, its socket and pidfile removed', async (ctx) => {
    if (!fs.existsSync(VIRTIOFSD) || process.geteuid?.() !== 0) {
      console.log(`SKIPPED: ${VIRTIOFSD} needs to exist and this test to run as root`);
      return ctx.skip();
    }
    await startVirtiofsds(VIRTIOFSD, runDir, [share()]);
    const [pid] = await runningVirtiofsds(runDir);
    expect(fs.statSync(virtiofsFiles(runDir, 0).socket).isSocket()).toBe(true);
    await stopVirtiofsds(runDir);
    expect(await hasEnded(pid!)).toBe(true);
    expect(fs.readdirSync(runDir).filter((f) => /\.(sock|pid)$/.test(f))).toEqual([]);
  });

  it('a pidfile whose pid is now another program: that program is left alone', async () => {
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(virtiofsFiles(runDir, 3).pidfile, `${other.pid}\n`);
      expect(await runningVirtiofsds(runDir)).toEqual([]);
      await stopVirtiofsds(runDir);
      expect(isAlive(other.pid!)).toBe(true);
      expect(fs.existsSync(virtiofsFiles(runDir, 3).pidfile)).toBe(false);
    } finally {
      other.kill('SIGKILL');
    }
  });
});
