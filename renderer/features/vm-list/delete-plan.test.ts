import { describe, expect, it } from 'vitest';
import { setLanguageChoice } from '../../i18n/i18n.js';
import { canDeleteFile, defaultTicks, keptMessage, sizeLabel, ticked, usedByLabel, type PlanFile } from './delete-plan.js';

const own: PlanFile = { path: '/vms/abc/disk0.qcow2', insideVmFolder: true, sizeBytes: 196_608, usedBy: [] };
const shared: PlanFile = { path: '/images/base.qcow2', insideVmFolder: false, sizeBytes: null, usedBy: [] };
const base: PlanFile = { path: '/vms/abc/disk1.qcow2', insideVmFolder: true, sizeBytes: 1024, usedBy: ['web clone', 'web clone 2'] };

describe('delete plan', () => {
  it('ticks the VM folder disks and leaves outside disks alone', () => {
    const ticks = defaultTicks([own, shared]);
    expect(ticks).toEqual({ [own.path]: true, [shared.path]: false });
    expect(ticked(ticks)).toEqual([own.path]);
  });

  it("keeps a file other VMs use (a linked clones' base, a shared disk), and says which", () => {
    expect(defaultTicks([base])).toEqual({ [base.path]: false });
    expect(canDeleteFile(base)).toBe(false);
    expect(canDeleteFile(own)).toBe(true);
    expect(usedByLabel(base)).toBe('Kept: 2 other VMs use it (web clone, web clone 2)');
    expect(usedByLabel({ ...base, usedBy: ['web clone'] })).toBe('Kept: another VM uses it (web clone)');
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

describe('delete plan in French', () => {
  it('says the same in French, with its plurals and no-break spaces', () => {
    setLanguageChoice('fr');
    try {
      expect(usedByLabel(base)).toBe('Conservé\u00a0: 2 autres VM l’utilisent (web clone, web clone 2)');
      expect(usedByLabel({ ...base, usedBy: ['web clone'] })).toBe('Conservé\u00a0: une autre VM l’utilise (web clone)');
      expect(sizeLabel(own)).toBe('192\u00a0Kio');
      expect(sizeLabel(shared)).toBe('fichier introuvable');
      expect(keptMessage({ kept: [own.path, shared.path], keptIn: '/vms/deleted-web-abc' }, [own, shared]).split('\n')).toEqual([
        '2 disques conservés\u00a0:',
        '/vms/deleted-web-abc/disk0.qcow2',
        '/images/base.qcow2',
        'Le dossier de la VM, avec sa définition, est désormais /vms/deleted-web-abc.',
      ]);
      expect(keptMessage({ kept: [shared.path], keptIn: null }, [own, shared])).toBe('Un disque conservé\u00a0:\n/images/base.qcow2');
    } finally {
      setLanguageChoice('en');
    }
  });
});
