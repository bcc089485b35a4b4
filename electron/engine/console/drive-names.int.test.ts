// The Monitor's hints name the VM's own drives: what query-block says on the running QEMU, on pc (legacy
// IDE: ide1-cd0) and on q35 (AHCI: cd0), and each name works as typed in the monitor.
import { describe, expect, it } from 'vitest';
import { ConsoleReader } from '../test-support/console-reader.js';
import { GUEST_ISO } from '../test-support/guest.js';
import { forceOffAfterFailure } from '../test-support/stop-vms.js';
import { kernelVm, useTestEngine } from '../test-support/test-engine.js';
import { consoleUrl } from '../../../shared/console-url.js';

const t = useTestEngine();
forceOffAfterFailure(() => t.engine);

describe('monitorDrives', () => {
  it.each([
    ['pc', 'ide1-cd0'],
    ['q35', 'cd0'],
  ])('on %s the CD-ROM is %s, and the monitor takes that name', async (machine, cdName) => {
    const vm = await t.engine.api.create(kernelVm(`drives ${machine}`, { storage: { kind: 'new', sizeGiB: 0.01, format: 'qcow2' } }));
    await t.engine.api.update({ id: vm.id, patch: { machine, cdroms: [{ file: GUEST_ISO, bus: 'ide' }] } });
    await expect(t.engine.api.monitorDrives({ id: vm.id })).rejects.toThrow(/not running/);
    await t.engine.api.start({ id: vm.id });
    try {
      const drives = await t.engine.api.monitorDrives({ id: vm.id });
      expect(drives.filter((d) => d.kind !== 'other')).toEqual([
        { device: 'disk0', kind: 'disk', file: expect.stringMatching(/disk0\.qcow2$/) },
        { device: cdName, kind: 'cdrom', file: GUEST_ISO },
      ]);
      const monitor = await ConsoleReader.open(
        consoleUrl((await t.engine.api.openConsole({ id: vm.id, stream: 'monitor' })).url, t.engine.server.wsBase),
      );
      await monitor.waitFor('(qemu)', 15_000);
      const from = monitor.text.length;
      monitor.type(`eject ${cdName}\r`);
      monitor.type(`info block ${cdName}\r`);
      await monitor.waitFor('not inserted', 15_000, from);
      expect(monitor.text.slice(from)).not.toMatch(/not found/);
      monitor.close();
      expect((await t.engine.api.monitorDrives({ id: vm.id })).find((d) => d.kind === 'cdrom')).toEqual({
        device: cdName,
        kind: 'cdrom',
        file: null,
      });
    } finally {
      await t.engine.api.forceOff({ id: vm.id });
    }
  });
});
