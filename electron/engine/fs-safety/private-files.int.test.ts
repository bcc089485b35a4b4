// Issue 11 item 6 against the real engine, qemu-img and QEMU: an unsafe runtime root stops the engine
// with the cause and the fix; everything the engine and its QEMU make is private to the user.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../server/create-engine.js';
import { requireGuest, tempDirs } from '../test-support/guest.js';
import { kernelVm } from '../test-support/test-engine.js';

const modeOf = (p: string) => fs.statSync(p).mode & 0o777;

describe('private files', () => {
  it('the engine does not start on a runtime folder others can write to', async () => {
    const dirs = tempDirs();
    try {
      fs.chmodSync(dirs.runtimeDir, 0o777);
      await expect(createEngine({ paths: dirs, rendererDir: null })).rejects.toThrow(
        new RegExp(`runtime folder ${dirs.runtimeDir}: its mode is 0777: .* set XDG_RUNTIME_DIR .* or VIRTDESK_RUNTIME_DIR`),
      );
    } finally {
      dirs.cleanup();
    }
  });

  it('VM folders, vm.json, disks, sockets and logs are readable by this user only, whatever the umask was', async () => {
    requireGuest();
    const dirs = tempDirs();
    fs.chmodSync(dirs.dataDir, 0o755); // an existing data folder made under a looser umask
    const umask = process.umask(0o022);
    const engine = await createEngine({ paths: dirs, rendererDir: null });
    let id: string | null = null;
    try {
      const vm = await engine.api.create(
        kernelVm('private', { network: { mode: 'none' }, storage: { kind: 'new', sizeGiB: 0.1, format: 'qcow2' } }),
      );
      id = vm.id;
      const vmDir = path.join(dirs.dataDir, 'vms', id);
      expect({
        data: modeOf(dirs.dataDir),
        vms: modeOf(path.join(dirs.dataDir, 'vms')),
        vmDir: modeOf(vmDir),
        vmJson: modeOf(path.join(vmDir, 'vm.json')),
        disk: modeOf(path.join(vmDir, 'disk0.qcow2')),
      }).toEqual({ data: 0o700, vms: 0o700, vmDir: 0o700, vmJson: 0o600, disk: 0o600 });

      await engine.api.start({ id });
      const run = path.join(dirs.runtimeDir, id);
      const open = fs.readdirSync(run).filter((f) => modeOf(path.join(run, f)) & 0o077);
      expect(modeOf(dirs.runtimeDir)).toBe(0o700);
      expect(modeOf(run)).toBe(0o700);
      expect(fs.readdirSync(run)).toEqual(expect.arrayContaining(['qmp.sock', 'qemu.log', 'qemu.pid']));
      expect(open).toEqual([]); // no socket, log or pidfile that others could open
    } finally {
      if (id) await engine.api.forceOff({ id }).catch(() => {});
      await engine.close();
      process.umask(umask);
      dirs.cleanup();
    }
  });

  it('a settings.json VirtDesk cannot read is set aside, and the user is told once where it went', async () => {
    const dirs = tempDirs();
    fs.writeFileSync(path.join(dirs.dataDir, 'settings.json'), '{"kvmWatchdogSec": "soon"');
    const engine = await createEngine({ paths: dirs, rendererDir: null });
    try {
      expect(await engine.api.settings()).toEqual({ kvmWatchdogSec: 30, scrollbackKiB: 1024, statsIntervalSec: 1 });
      const [notice, ...more] = await engine.api.notices();
      expect(more).toEqual([]);
      const kept = fs.readdirSync(dirs.dataDir).find((f) => f.startsWith('settings.json.broken-'));
      expect(kept).toBeDefined();
      expect(notice?.text).toContain(kept!);
      expect(fs.readFileSync(path.join(dirs.dataDir, kept!), 'utf8')).toBe('{"kvmWatchdogSec": "soon"');
    } finally {
      await engine.close();
      dirs.cleanup();
    }
  });
});
