import { describe, expect, it } from 'vitest';
import { defaultTicks, keptMessage, sizeLabel, ticked, type PlanFile } from './delete-plan.js';

const own: PlanFile = { path: '/vms/abc/disk0.qcow2', insideVmFolder: true, sizeBytes: 196_608 };
const shared: PlanFile = { path: '/images/base.qcow2', insideVmFolder: false, sizeBytes: null };

describe('delete plan', () => {
  it('ticks the VM folder disks and leaves outside disks alone', () => {
    const ticks = defaultTicks([own, shared]);
    expect(ticks).toEqual({ [own.path]: true, [shared.path]: false });
    expect(ticked(ticks)).toEqual([own.path]);
  });

  it('says when a disk is missing instead of showing no size', () => {
    expect(sizeLabel(own)).toBe('192 KiB');
    expect(sizeLabel(shared)).toBe('file not found');
  });

  it('tells where kept disks are: moved with the folder, or where they were', () => {
    expect(keptMessage({ kept: [], keptIn: null }, [own])).toBe('Its definition and all its disks were deleted.');
    expect(keptMessage({ kept: [shared.path], keptIn: null }, [own, shared])).toBe('Kept one disk:\n/images/base.qcow2');
    expect(keptMessage({ kept: [own.path, shared.path], keptIn: '/vms/deleted-web-abc' }, [own, shared])).toBe(
      [
        'Kept 2 disks:',
        '/vms/deleted-web-abc/disk0.qcow2',
        '/images/base.qcow2',
        "The VM's folder, with its definition, is now /vms/deleted-web-abc.",
      ].join('\n'),
    );
  });
});
