// Which private networks exist and who is on them: the named ones (the registry) and every network a
// VM's NIC names, whatever the VM's state. Pure, so the Networks view, the command line and the checks
// of deleteNetwork all read one answer.
import type { NetworkMember, PrivateNetwork, VmSummary } from '../../../shared/model/index.js';
import type { RegisteredNetwork } from './network-registry.js';
import type { MulticastGroup } from './private-network.js';

export function listNetworks(
  registered: readonly RegisteredNetwork[],
  vms: readonly VmSummary[],
  groupOf: (name: string) => MulticastGroup,
): PrivateNetwork[] {
  const members = new Map<string, NetworkMember[]>();
  for (const vm of vms) {
    // A VM whose vm.json cannot be read has no config: its NICs are unknown, it is listed nowhere.
    vm.config?.nics.forEach((nic, nicIndex) => {
      if (nic.network.mode !== 'private') return;
      const list = members.get(nic.network.network) ?? [];
      list.push({ vmId: vm.id, vmName: vm.name, nicIndex, mac: nic.mac, state: vm.status.state });
      members.set(nic.network.network, list);
    });
  }
  const createdAt = new Map(registered.map((n) => [n.name, n.createdAt]));
  const names = [...new Set([...createdAt.keys(), ...members.keys()])].sort((a, b) => a.localeCompare(b));
  return names.map((name) => ({
    name,
    registered: createdAt.has(name),
    createdAt: createdAt.get(name) ?? null,
    group: groupOf(name),
    members: (members.get(name) ?? []).sort((a, b) => a.vmName.localeCompare(b.vmName) || a.nicIndex - b.nicIndex),
  }));
}
