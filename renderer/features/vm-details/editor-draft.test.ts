import { describe, expect, it } from 'vitest';
import { testConfig as base } from '../../test-support/vm-config.js';
import {
  checkSection,
  configValues,
  dirtySections,
  draftFromConfig,
  rebaseDraft,
  revertSection,
  sameValue,
  sectionPatch,
} from './editor-draft.js';
import { describeLiveChange, pendingOf, sectionOfPath } from './hardware-sections.js';

describe('editor draft', () => {
  it('round-trips the stored config unchanged: nothing to apply', () => {
    const d = draftFromConfig(base);
    const { schemaVersion: _v, id: _i, createdAt: _c, ...editable } = base;
    expect(configValues(d)).toEqual(editable);
    expect(dirtySections(d, base)).toEqual([]);
  });

  it('sends only the changed fields of the page', () => {
    const d = { ...draftFromConfig(base), cpus: '4', memoryMiB: '4096' };
    expect(sectionPatch('cpus', d, base)).toEqual({ cpus: 4 });
    expect(sectionPatch('memory', d, base)).toEqual({ memoryMiB: 4096 });
    expect(sectionPatch('overview', d, base)).toEqual({});
    expect(dirtySections(d, base)).toEqual(['cpus', 'memory']);
  });

  it('builds boot order, kernel boot, CD-ROMs, NICs and extra args', () => {
    const d = draftFromConfig(base);
    d.boot = [
      { device: 'disk', on: true },
      { device: 'network', on: true },
      { device: 'cdrom', on: false },
    ];
    d.bootMenu = true;
    d.kernelOn = true;
    d.kernel = ' /b/vmlinuz ';
    d.initrd = '';
    d.cdroms = [{ key: 'a', file: '  ', bus: 'ide' }];
    d.nics = [{ key: 'n', model: 'e1000', mac: '52:54:00:AA:BB:CC', mode: 'bridge', forwards: [], bridge: ' br0 ' }];
    d.extraArgs = '-device\n\n  virtio-rng-pci  \n';
    expect(sectionPatch('boot', d, base)).toEqual({
      boot: { order: ['disk', 'network'], menu: true },
      kernel: { kernel: '/b/vmlinuz', initrd: null, append: 'console=ttyS0' },
    });
    expect(sectionPatch('cdroms', d, base)).toEqual({ cdroms: [{ file: null, bus: 'ide' }] });
    expect(sectionPatch('nics', d, base)).toEqual({
      nics: [{ model: 'e1000', mac: '52:54:00:aa:bb:cc', network: { mode: 'bridge', bridge: 'br0' } }],
    });
    expect(sectionPatch('extra', d, base)).toEqual({ extraArgs: ['-device', 'virtio-rng-pci'] });
  });

  it('validates the whole config with the page changed, messages on the page', () => {
    const d = { ...draftFromConfig(base), memoryMiB: '16' };
    const c = checkSection('memory', d, base);
    expect(c.ok).toBe(false);
    expect(c.errors.memoryMiB).toMatch(/at least 32 MiB/);

    const nic = draftFromConfig(base);
    nic.nics[0]!.mac = 'zz';
    nic.nics[0]!.forwards[0]!.hostPort = '80';
    const n = checkSection('nics', nic, base);
    expect(n.errors['nics.0.mac']).toMatch(/52:54:00/);
    expect(n.errors['nics.0.network.forwards.0.hostPort']).toMatch(/1024/);

    const none = { ...draftFromConfig(base), boot: draftFromConfig(base).boot.map((b) => ({ ...b, on: false })) };
    expect(checkSection('boot', none, base).errors['boot.order']).toMatch(/at least one/);
  });

  it('reports a cross-field problem another page causes', () => {
    const d = { ...draftFromConfig({ ...base, balloon: false }), currentMemoryMiB: '1024' };
    const c = checkSection('memory', d, { ...base, balloon: false });
    expect(c.ok).toBe(false);
    expect(c.errors.currentMemoryMiB).toMatch(/balloon/);
    const off = { ...draftFromConfig({ ...base, currentMemoryMiB: 1024 }), balloon: false };
    const b = checkSection('balloon', off, { ...base, currentMemoryMiB: 1024 });
    expect(b.otherErrors.join()).toMatch(/balloon/);
  });

  it('keeps edits of dirty pages across a config change, refreshes the rest', () => {
    const d = { ...draftFromConfig(base), cpus: '3' };
    const next = { ...base, memoryMiB: 1024, cpus: 2 };
    const r = rebaseDraft(d, base, next);
    expect(r.cpus).toBe('3');
    expect(r.memoryMiB).toBe('1024');
    expect(revertSection(r, 'cpus', next).cpus).toBe('2');
  });

  it('compares JSON regardless of key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(NaN, NaN)).toBe(true);
  });
});

describe('hardware sections', () => {
  it('maps paths and pending-restart fields to pages', () => {
    expect(sectionOfPath('nics.0.network.forwards.1.hostPort')).toBe('nics');
    expect(sectionOfPath('kernel.append')).toBe('boot');
    expect(sectionOfPath('id')).toBeNull();
    expect(pendingOf('memory', ['memoryMiB', 'cpus'])).toEqual(['memoryMiB']);
    expect(pendingOf('memory', undefined)).toEqual([]);
  });
  it('names live changes', () => {
    expect(describeLiveChange('cdroms.1')).toBe('CD-ROM 2 medium');
    expect(describeLiveChange('currentMemoryMiB')).toMatch(/balloon/);
  });
});
