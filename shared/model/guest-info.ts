// What the QEMU guest agent (qemu-ga, inside the guest) tells about a running VM, as the VM list, the
// details pane and `virtdesk info` show it. Part of VmStatus while a VM with the agent's channel runs.

export interface GuestAddress {
  ip: string;
  /** Prefix length: 24 for a /24. */
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

export interface GuestInterface {
  /** The guest's name for it (eth0, enp1s0, "Ethernet 2"...). */
  name: string;
  /** Its MAC address, which matches a NIC of the VM's definition. */
  mac: string | null;
  addresses: GuestAddress[];
}

export interface GuestInfo {
  /**
   * waiting: no answer yet since the VM started (it boots, or qemu-ga starts late); answering; silent:
   * no answer for a while (no qemu-ga in the guest, or it stopped): nothing is wrong with the VM.
   */
  agent: 'waiting' | 'answering' | 'silent';
  hostname: string | null;
  /** The OS's own name for itself (PRETTY_NAME of os-release on Linux). */
  os: string | null;
  /** Loopback left out. */
  interfaces: GuestInterface[];
}

/** "10.0.2.15/24, fe80::5054:ff:fe12:3456/64": an interface's addresses as `ip addr` writes them; '' for none. */
export const addressList = (i: GuestInterface): string => i.addresses.map((a) => `${a.ip}/${a.prefix}`).join(', ');

/** The address a person most likely wants (to ssh to, to ping): the first IPv4 of the first interface with one. */
export function firstIpv4(guest: GuestInfo | undefined): string | null {
  for (const i of guest?.interfaces ?? []) {
    const a = i.addresses.find((x) => x.family === 'ipv4');
    if (a) return a.ip;
  }
  return null;
}
