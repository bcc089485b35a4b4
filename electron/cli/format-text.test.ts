// What `virtdesk list`, `info` and `snapshot list` print, word for word, in English and in French.
import { describe, expect, it } from 'vitest';
import type { SnapshotList, VmConfig, VmSummary } from '../../shared/api.js';
import { createI18n, says } from '../../shared/i18n/index.js';
import { formatSnapshots, formatVmInfo, formatVmList, table } from './format-text.js';

const en = createI18n('en');
const fr = createI18n('fr');

const config = {
  id: '11111111-2222-4333-8444-555555555555',
  name: 'web server',
  description: 'Nginx for the course',
  memoryMiB: 1536,
  cpus: 2,
  accel: 'auto',
  firmware: 'bios',
  machine: 'q35',
  kernel: null,
  disks: [{ file: 'disk0.qcow2', format: 'qcow2', bus: 'virtio', cache: 'default', readOnly: false }],
  cdroms: [{ file: null }],
  nics: [
    {
      model: 'virtio-net-pci',
      mac: '52:54:00:12:34:56',
      network: { mode: 'user', forwards: [{ proto: 'tcp', hostPort: 8080, guestPort: 80 }] },
    },
  ],
  consoleDevice: 'serial',
  display: 'vnc',
} as unknown as VmConfig;

const running: VmSummary = {
  id: config.id,
  name: 'web server',
  config,
  status: { state: 'running', since: 0, accel: 'tcg', pid: 4242 },
};
const broken: VmSummary = {
  id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  name: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  config: null,
  status: { state: 'broken', since: 0, error: says('engine:store.invalid', { file: '/d/vm.json', why: 'bad' }) },
};

describe('formatVmList', () => {
  it('is a table with a column per fact, the state in the reader’s language', () => {
    expect(formatVmList([running, broken], en)).toBe(
      [
        'NAME                                  STATE          CPUS  MEMORY   ID',
        'web server                            running (TCG)  2     1.5 GiB  11111111-2222-4333-8444-555555555555',
        'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee  broken         -     -        aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
        '',
      ].join('\n'),
    );
    expect(formatVmList([running], fr)).toBe(
      [
        'NOM         ÉTAT             PROC.  MÉMOIRE  ID',
        'web server  en marche (TCG)  2      1,5\u00a0Gio  11111111-2222-4333-8444-555555555555',
        '',
      ].join('\n'),
    );
  });

  it('says how to make the first VM when there is none', () => {
    expect(formatVmList([], en)).toBe('No VMs yet. Create one with: virtdesk create --name NAME --iso FILE\n');
  });
});

describe('formatVmInfo', () => {
  it('lists the settings a person asks about, one per line', () => {
    expect(formatVmInfo(running, en)).toBe(
      [
        'Name:         web server',
        'Id:           11111111-2222-4333-8444-555555555555',
        'State:        running (TCG)',
        'QEMU pid:     4242',
        'CPUs:         2',
        'Memory:       1.5 GiB',
        'Accelerator:  auto',
        'Firmware:     bios',
        'Machine:      q35',
        'Disk:         disk0.qcow2 (qcow2, virtio)',
        'CD-ROM:       empty',
        'Network:      virtio-net-pci 52:54:00:12:34:56, user-mode NAT; tcp host 8080 -> guest 80',
        'Console:      serial',
        'Display:      vnc',
        'Description:  Nginx for the course',
        '',
      ].join('\n'),
    );
  });

  it('shows what the guest agent reports: name, OS, each interface’s addresses, in French too', () => {
    const guest = {
      agent: 'answering' as const,
      hostname: 'virtdesk-guest',
      os: 'VirtDesk test guest 7',
      interfaces: [
        { name: 'eth0', mac: '52:54:00:12:34:56', addresses: [{ ip: '10.0.2.15', prefix: 24, family: 'ipv4' as const }] },
        { name: 'eth1', mac: '52:54:00:12:34:57', addresses: [] },
      ],
    };
    const withAgent = { ...running, config: null, status: { ...running.status, guest } };
    expect(formatVmInfo(withAgent, en)).toBe(
      [
        'Name:          web server',
        'Id:            11111111-2222-4333-8444-555555555555',
        'State:         running (TCG)',
        'QEMU pid:      4242',
        'Host name:     virtdesk-guest',
        'Guest system:  VirtDesk test guest 7',
        'IP addresses:  eth0: 10.0.2.15/24',
        'IP addresses:  eth1: no address yet',
        '',
      ].join('\n'),
    );
    expect(formatVmInfo(withAgent, fr)).toContain('Adresses IP\u00a0:     eth0\u00a0: 10.0.2.15/24\n');
    const silent = { ...withAgent, status: { ...withAgent.status, guest: { ...guest, agent: 'silent' as const, interfaces: [] } } };
    expect(formatVmInfo(silent, en)).toContain('Guest agent:  Not answering.');
  });

  it('says why a broken VM cannot be read, in French too', () => {
    expect(formatVmInfo(broken, fr)).toBe(
      [
        'Nom\u00a0:          aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
        'Identifiant\u00a0:  aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
        'État\u00a0:         illisible',
        `Problème\u00a0:     ${fr.t('engine:store.invalid', { file: '/d/vm.json', why: 'bad' })}`,
        '',
      ].join('\n'),
    );
  });
});

describe('formatSnapshots', () => {
  const list: SnapshotList = {
    snapshots: [
      { name: 'clean', description: 'after install', createdAt: '2025-03-01T10:20:30.123Z', vmStateBytes: 0, live: false },
      { name: 'live-1', description: '', createdAt: '2025-03-02T08:00:00Z', vmStateBytes: 300 * 1024 ** 2, live: true },
    ],
    unavailable: null,
  };

  it('is a table: name, when, what it holds, description', () => {
    expect(formatSnapshots('vm', list, en)).toBe(
      [
        'NAME    TAKEN                 KIND            DESCRIPTION',
        'clean   2025-03-01 10:20:30Z  disks only      after install',
        'live-1  2025-03-02 08:00:00Z  live (300 MiB)',
        '',
      ].join('\n'),
    );
  });

  it('says when there are none, and why none can be taken', () => {
    const no: SnapshotList = { snapshots: [], unavailable: says('files:snapshots.noWritableDisk') };
    expect(formatSnapshots('vm', { snapshots: [], unavailable: null }, en)).toBe('No snapshots of vm.\n');
    expect(formatSnapshots('vm', no, en)).toBe(
      'Snapshots are not possible for this VM: This VM has no writable disk to hold snapshots: add a qcow2 disk first.\n\nNo snapshots of vm.\n',
    );
  });
});

describe('table', () => {
  it('pads every column and leaves no blanks at line ends', () => {
    expect(
      table([
        ['a', 'bb', 'c'],
        ['ddd', 'e', 'f'],
      ]),
    ).toBe('a    bb  c\nddd  e   f\n');
  });
});
