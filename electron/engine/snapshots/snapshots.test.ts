import { describe, expect, it } from 'vitest';
import { base } from '../test-support/argv-cases.js';
import { hmpProblem } from './qmp-jobs.js';
import { snapshotBlocker, snapshotDisks } from './snapshot-blocker.js';

describe('snapshotBlocker', () => {
  it('lets an all-qcow2 BIOS VM take snapshots', () => {
    expect(snapshotBlocker(base)).toBeNull();
  });

  it('names the raw disk and the way out', () => {
    const vm = { ...base, disks: [base.disks[0]!, { ...base.disks[0]!, file: '/srv/data.img', format: 'raw' as const }] };
    expect(snapshotBlocker(vm)?.text).toMatch(/^data.img is a raw image, and only qcow2 images can hold snapshots: convert it/);
  });

  it('ignores read-only disks (they never change) but needs one writable disk', () => {
    const ro = { ...base.disks[0]!, file: 'tools.img', format: 'raw' as const, readOnly: true };
    expect(snapshotBlocker({ ...base, disks: [base.disks[0]!, ro] })).toBeNull();
    expect(snapshotDisks({ ...base, disks: [base.disks[0]!, ro] }).map((d) => d.index)).toEqual([0]);
    expect(snapshotBlocker({ ...base, disks: [ro] })?.text).toMatch(/no writable disk/);
  });

  it('says plainly why a UEFI VM cannot', () => {
    expect(snapshotBlocker({ ...base, firmware: 'uefi' })?.text).toMatch(/UEFI.*OVMF_VARS.fd.*raw file/);
  });
});

describe('hmpProblem', () => {
  it('reads an HMP answer: empty is success, any text is the error', () => {
    expect(hmpProblem('')).toBeNull();
    expect(hmpProblem("Error: Device 'disk1' is writable but does not support snapshots\r\n")).toBe(
      "Device 'disk1' is writable but does not support snapshots",
    );
  });
});
