import { describe, expect, it } from 'vitest';
import { parseOsinfoDetect } from './detect-os.js';
import { GENERIC_OS, osById, osFromLabel } from './os-catalog.js';

describe('OS from the volume label, and its defaults', () => {
  it.each([
    ['Debian 12.5.0 amd64 n', 'debian12'],
    ['Debian 11.9.0 amd64 1', 'debian11'],
    ['Ubuntu-Server 24.04 LTS amd64', 'ubuntu24.04'],
    ['Ubuntu 22.04.4 LTS amd64', 'ubuntu22.04'],
    ['Fedora-WS-Live-40-1-14', 'fedora'],
    ['alpine-virt 3.19.1 x86_64', 'alpinelinux3.19'],
    ['ARCH_202405', 'archlinux'],
    ['14_0_RELEASE_AMD64_CD', 'freebsd14.0'],
    ['CCCOMA_X64FRE_EN-US_DV9', 'win11'],
    ['CPBA_X64FRE_EN-US_DV5', 'win10'],
    ['VIRTDESK_TEST', 'virtdesk-test'],
  ])('%s -> %s', (label, id) => expect(osFromLabel(label)?.id).toBe(id));

  it('knows nothing of a label it has no rule for', () => expect(osFromLabel('MY_DISC')).toBeNull());

  it('gives Windows devices it has drivers for, and Windows 11 the UEFI it requires', () => {
    expect(osById('win11').defaults).toMatchObject({ firmware: 'uefi', diskBus: 'sata', nicModel: 'e1000' });
    expect(osById('win10').defaults).toMatchObject({ firmware: 'bios', diskBus: 'sata', nicModel: 'e1000' });
  });

  it('gives Linux virtio', () => {
    expect(osById('debian12').defaults).toMatchObject({ diskBus: 'virtio', nicModel: 'virtio-net-pci' });
  });

  it('falls back to generic defaults for an unknown id', () => expect(osById('nope')).toBe(GENERIC_OS));

  it('reads osinfo-detect output', () => {
    expect(parseOsinfoDetect("Media is bootable.\nMedia is an installer for OS 'Debian 12' (debian12)\n")).toEqual({
      id: 'debian12',
      name: 'Debian 12',
    });
    expect(parseOsinfoDetect('Media is bootable.\n')).toBeNull();
  });
});
