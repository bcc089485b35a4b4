import { describe, expect, it } from 'vitest';
import { osFromIsoText, parseOsinfoDetect } from './detect-os.js';
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
    ['MT86PLUS_64', 'memtest86plus'], // Debian's memtest86+ package
  ])('%s -> %s', (label, id) => expect(osFromLabel(label)?.id).toBe(id));

  it('iPXE\'s ISO says "ISOIMAGE": its publisher tells it', () => {
    expect(
      osFromLabel('ISOIMAGE', { publisherId: 'HTTP://IPXE.ORG/', applicationId: 'IPXE - OPEN SOURCE NETWORK BOOT FIRMWARE' })?.id,
    ).toBe('ipxe');
    expect(osFromLabel('ISOIMAGE', { publisherId: '', applicationId: '' })).toBeNull();
  });

  it('knows nothing of a label it has no rule for', () => expect(osFromLabel('MY_DISC')).toBeNull());

  it('gives Windows devices it has drivers for, and Windows 11 the UEFI it requires', () => {
    expect(osById('win11').defaults).toMatchObject({ firmware: 'uefi', diskBus: 'sata', nicModel: 'e1000' });
    expect(osById('win10').defaults).toMatchObject({ firmware: 'bios', diskBus: 'sata', nicModel: 'e1000' });
  });

  it('gives Linux virtio', () => {
    expect(osById('debian12').defaults).toMatchObject({ diskBus: 'virtio', nicModel: 'virtio-net-pci' });
  });

  it('falls back to generic defaults for an unknown id', () => expect(osById('nope')).toBe(GENERIC_OS));

  it('reads osinfo-detect output: libosinfo 1.10 (name and architecture) and before (name and short id)', () => {
    expect(parseOsinfoDetect("Media is bootable.\nMedia is an installer for OS 'Debian 11 (x86_64)'\n")).toEqual({
      name: 'Debian 11 (x86_64)',
      id: null,
    });
    expect(parseOsinfoDetect("Media is bootable.\nMedia is an installer for OS 'Debian 12' (debian12)\n")).toEqual({
      id: 'debian12',
      name: 'Debian 12',
    });
    expect(parseOsinfoDetect("Media is live media for OS 'Fedora 37 (x86_64)'\n")?.name).toBe('Fedora 37 (x86_64)');
    expect(parseOsinfoDetect('Media is bootable.\n')).toBeNull();
  });

  it("reads the release from the files an ISO carries (Debian's and Ubuntu's .disk/info, d-i's version.info)", () => {
    expect(
      osFromIsoText({
        diskInfo: 'Debian GNU/Linux 12.5.0 "Bookworm" - Official amd64 NETINST with firmware 20240210-11:27',
        versionInfo: null,
      }),
    ).toEqual({ id: 'debian12', name: 'Debian 12' });
    expect(osFromIsoText({ diskInfo: null, versionInfo: 'Debian version:  12 (bookworm)\nInstaller build: 20230607+deb12u15\n' })?.id).toBe(
      'debian12',
    );
    expect(osFromIsoText({ diskInfo: 'Ubuntu-Server 24.04 LTS "Noble Numbat" - Release amd64 (20240423)', versionInfo: null })?.id).toBe(
      'ubuntu24.04',
    );
    expect(osFromIsoText({ diskInfo: 'Something else', versionInfo: 'x' })).toBeNull();
  });
});
