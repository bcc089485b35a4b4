import { describe, expect, it } from 'vitest';
import type { QemuCapabilities } from '../../../shared/model/index.js';
import { filterCpus, groupDevices, machineRows } from './capabilities-view.js';

const machine = (name: string, extra: Partial<QemuCapabilities['machines'][number]> = {}) => ({
  name,
  description: name,
  alias: null,
  isDefault: false,
  deprecated: false,
  ...extra,
});

const device = (name: string, category: string) => ({ name, category, bus: 'PCI', description: null, alias: null });

describe('Host page capabilities', () => {
  it('folds an alias line into its versioned machine type, keeping the default mark', () => {
    const rows = machineRows([
      machine('microvm'),
      machine('pc', { isDefault: true }),
      machine('pc-i440fx-7.2', { alias: 'pc' }),
      machine('q35'),
      machine('pc-q35-7.2', { alias: 'q35' }),
    ]);
    expect(rows.map((r) => [r.alias, r.name, r.isDefault])).toEqual([
      [null, 'microvm', false],
      ['pc', 'pc-i440fx-7.2', true],
      ['q35', 'pc-q35-7.2', false],
    ]);
  });

  it('keeps an alias line whose target is missing', () => {
    expect(machineRows([machine('pc')]).map((r) => r.name)).toEqual(['pc']);
  });

  it('filters CPU models by name or description, ignoring case', () => {
    const cpus = [
      { name: 'Skylake-Client', description: 'Intel Core Processor (Skylake)' },
      { name: 'EPYC', description: 'AMD EPYC Processor' },
    ];
    expect(filterCpus(cpus, 'amd').map((c) => c.name)).toEqual(['EPYC']);
    expect(filterCpus(cpus, '  ')).toHaveLength(2);
  });

  it('groups devices with network and display first and filters them', () => {
    const devices = [
      device('usb-tablet', 'Input devices'),
      device('i6300esb', 'Uncategorized devices'),
      device('virtio-vga', 'Display devices'),
      device('virtio-net-pci', 'Network devices'),
      device('ich9-ahci', 'Storage devices'),
      device('e1000', 'Network devices'),
      device('ac97', 'Sound devices'),
    ];
    expect(groupDevices(devices, '').map((g) => g.category)).toEqual([
      'Network devices',
      'Display devices',
      'Storage devices',
      'Input devices',
      'Sound devices',
      'Uncategorized devices',
    ]);
    expect(groupDevices(devices, 'VIRTIO')).toEqual([
      { category: 'Network devices', devices: [devices[3]] },
      { category: 'Display devices', devices: [devices[2]] },
    ]);
  });
});
