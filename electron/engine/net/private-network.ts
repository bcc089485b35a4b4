// Where a private network lives on this host. A private network is an Ethernet segment between this
// host's VMs, made without root: every member's NIC joins one multicast group on the loopback interface
// (QEMU's `-netdev socket,mcast=GROUP:PORT,localaddr=127.0.0.1`), so broadcast (ARP, DHCP) reaches all
// members, however many. The group is derived from the network's name and the engine's runtime folder
// (one per user, and one per test run), with no registry on the start path: the command line stays a
// pure function of vm.json and paths, and two users of one host who both name a network "lab1" get two
// different segments.
import { createHash } from 'node:crypto';

export interface MulticastGroup {
  /** In 239.255.0.0/16, the organisation-local scope that never leaves a site (RFC 2365). */
  address: string;
  /** 20000-59999: above the usual service ports, below Linux's ephemeral range. */
  port: number;
}

export function privateNetworkGroup(name: string, runtimeDir: string): MulticastGroup {
  const h = createHash('sha256').update(`virtdesk-private-network\0${runtimeDir}\0${name}`).digest();
  // .0 and .255 are left out of the last byte only to keep addresses unremarkable to read.
  const address = `239.255.${h[0]}.${1 + (h[1]! % 254)}`;
  const port = 20000 + (h.readUInt16BE(2) % 40000);
  return { address, port };
}

/** QEMU's netdev for a NIC on that segment; localaddr keeps the traffic on loopback, off every real network. */
export function privateNetdev(id: string, group: MulticastGroup): string {
  return `socket,id=${id},mcast=${group.address}:${group.port},localaddr=127.0.0.1`;
}
