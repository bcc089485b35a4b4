// English: the source text. Keys are grouped by screen or job; {{name}} marks a parameter.
// Private networks between VMs: the Networks view (renderer/features/networks/), the private network
// choice of the editor and the wizard, the engine's registry of named networks, `virtdesk network`.
export default {
  registry: {
    unusable:
      '{{file}} cannot be used ({{why}}): correct it or remove it. Networks your VMs are on are still listed; creating or deleting one waits until then.',
    cannotRead: 'it cannot be read: {{code}}',
    notJson: 'it is not JSON: {{error}}',
    badField: '{{field}}: {{error}}',
  },
  errors: {
    exists: 'name: a network named “{{name}}” exists already. Choose another name, or put the VM’s card on that one.',
    tooMany: 'name: VirtDesk keeps at most {{max}} named networks. Delete one you no longer use first.',
    notFound: 'name: there is no network named “{{name}}”. See the Networks view or `virtdesk network list` for their names.',
    missing: 'network: choose the private network this card joins, or type the name of a new one.',
    inUse: 'name: the network “{{name}}” is in use by {{users}}. Move their network cards to another network (or remove them) first.',
  },
  view: {
    title: 'Networks',
    toolbar: 'Networks',
    toolbarHint: 'Private networks between your VMs, and who is on each',
    intro:
      'A private network is an Ethernet segment between VMs of this computer. It needs no root: each member’s QEMU joins one multicast group on the loopback interface (127.0.0.1), so every frame, broadcasts included, reaches every member and never leaves the host.',
    newNetwork: 'New network',
    newTitle: 'New private network',
    nameHint: 'Letters, digits, - and _ (up to 32). Put a VM on it in its Network card page.',
    created: 'Network “{{name}}” created',
    deleted: 'Network “{{name}}” deleted',
    delete: 'Delete',
    deleteName: 'Delete the network {{name}}',
    deleteHint: 'Forget this network (its name only: no VM is on it)',
    inUseHint: 'In use by {{users}}: move their network cards to another network first',
    implicitHint: 'Exists while a VM is on it (made by a lab or a network card); nothing to delete',
    kindNamed: 'created by name',
    kindImplicit: 'made by its VMs',
    members_zero: 'No VM on it yet',
    members_one: '{{count}} network card',
    members_other: '{{count}} network cards',
    group: 'Multicast group {{group}}',
    groupHint: 'QEMU: -netdev socket,mcast={{group}},localaddr=127.0.0.1 — the same for every member.',
    member: '{{vm}}, card {{n}}',
    memberMac: 'MAC {{mac}}',
    showVm: 'Show {{vm}}',
    list: 'Private networks',
    loading: 'Reading the networks…',
    loadFailed: 'Could not read the networks.',
  },
  empty: {
    title: 'No private network yet',
    what: 'A private network links VMs of this computer to each other, like a switch between them: two guests on “lab1” reach each other, and nothing else does.',
    noRoot:
      'It needs no root and no set-up on the host: QEMU sends the frames to a multicast group on the loopback interface (127.0.0.1), which every member joins.',
    addresses:
      'Addresses are up to the guests: set one in each (for example ip addr add 10.10.0.1/24 dev eth1), or run a DHCP server in one of them. VirtDesk does not offer DHCP on a private network yet.',
    compare:
      'Compare: user networking (NAT) gives each VM 10.0.2.15 on its own 10.0.2.0/24, with the Internet but without its neighbours; a bridge puts the VM on the host’s real network, and root must set it up once. A VM can have a NAT card and a private one at once.',
    start: 'Create a network here, or choose “Private network” on a VM’s Network card page.',
  },
  nic: {
    mode: 'Private network',
    choose: 'Private network to join',
    newName: 'New network…',
    newNameLabel: 'Name of the new network',
    hint: 'Only VMs on the same private network see this card’s frames. Give the guest an address yourself (ip addr add …): there is no DHCP on it.',
    members_zero: 'No other VM is on it yet.',
    members_one: 'Also on it: {{names}}',
    members_other: 'Also on it: {{names}}',
  },
  cli: {
    columns: { name: 'NETWORK', group: 'GROUP', kind: 'KIND', members: 'MEMBERS' },
    named: 'named',
    implicit: 'from VMs',
    none: 'No private networks. Create one with `virtdesk network create NAME`, or put a VM’s card on one.',
    member: '{{vm}} (card {{n}}, {{mac}}, {{state}})',
    created: 'Network {{name}} created (group {{group}}).',
    deleted: 'Network {{name}} deleted.',
  },
};
