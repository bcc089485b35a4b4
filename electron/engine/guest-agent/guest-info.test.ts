import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstIpv4 } from '../../../shared/model/index.js';
import { guestInfoOf } from './guest-info.js';

// The replies of the real test guest's qemu-ga, recorded once (fixtures/test-guest-7.json).
const real = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/test-guest-7.json'), 'utf8')) as Record<string, unknown>;
const fromFixture = () =>
  guestInfoOf({
    hostName: real['guest-get-host-name'],
    osInfo: real['guest-get-osinfo'],
    interfaces: real['guest-network-get-interfaces'],
  });

describe('what the guest agent reports', () => {
  it('maps the test guest’s replies: its name, OS, and eth0’s addresses without loopback', () => {
    expect(fromFixture()).toEqual({
      agent: 'answering',
      hostname: 'virtdesk-guest',
      os: 'VirtDesk test guest 7',
      interfaces: [
        {
          name: 'eth0',
          mac: '52:54:00:12:34:56',
          addresses: [
            { ip: '10.0.2.15', prefix: 24, family: 'ipv4' },
            { ip: 'fec0::5054:ff:fe12:3456', prefix: 64, family: 'ipv6' },
            { ip: 'fe80::5054:ff:fe12:3456', prefix: 64, family: 'ipv6' },
          ],
        },
      ],
    });
    expect(firstIpv4(fromFixture())).toBe('10.0.2.15');
  });

  it('keeps an interface still without an address (DHCP not done, a private network)', () => {
    const info = guestInfoOf({ hostName: null, osInfo: null, interfaces: [{ name: 'eth1', 'hardware-address': '52:54:00:00:00:02' }] });
    expect(info.interfaces).toEqual([{ name: 'eth1', mac: '52:54:00:00:00:02', addresses: [] }]);
    expect(firstIpv4(info)).toBeNull();
  });

  it('falls back to the OS name without a pretty name, and reads nothing from replies of the wrong shape', () => {
    expect(guestInfoOf({ hostName: 'x', osInfo: { name: 'Microsoft Windows' }, interfaces: {} })).toEqual({
      agent: 'answering',
      hostname: null,
      os: 'Microsoft Windows',
      interfaces: [],
    });
    const odd = guestInfoOf({
      hostName: { 'host-name': 7 },
      osInfo: [],
      interfaces: [
        null,
        { name: 'eth0', 'ip-addresses': [{ 'ip-address-type': 'ipv9', 'ip-address': '1.2.3.4', prefix: 8 }, { 'ip-address': '5.6.7.8' }] },
        {
          name: 'Loopback Pseudo-Interface 1',
          'hardware-address': '00:00:00:00:00:00',
          'ip-addresses': [{ 'ip-address-type': 'ipv4', 'ip-address': '127.0.0.1', prefix: 8 }],
        },
      ],
    });
    expect(odd).toEqual({ agent: 'answering', hostname: null, os: null, interfaces: [{ name: 'eth0', mac: null, addresses: [] }] });
  });

  it('strips control characters from what the guest says (it reaches terminals through virtdesk info)', () => {
    const info = guestInfoOf({
      hostName: { 'host-name': 'evil\u001b]0;pwned\u0007host\n' },
      osInfo: { 'pretty-name': '\u009b31mOS' },
      interfaces: [],
    });
    expect(info.hostname).toBe('evil]0;pwnedhost');
    expect(info.os).toBe('31mOS');
  });

  it('finds the first IPv4 address on any interface, and none without an agent', () => {
    expect(firstIpv4(undefined)).toBeNull();
    const info = guestInfoOf({
      hostName: null,
      osInfo: null,
      interfaces: [
        { name: 'eth0', 'ip-addresses': [{ 'ip-address-type': 'ipv6', 'ip-address': 'fe80::1', prefix: 64 }] },
        { name: 'eth1', 'ip-addresses': [{ 'ip-address-type': 'ipv4', 'ip-address': '10.10.0.1', prefix: 24 }] },
      ],
    });
    expect(firstIpv4(info)).toBe('10.10.0.1');
  });
});
