// The agent's replies to guest-get-host-name, guest-get-osinfo and guest-network-get-interfaces, mapped
// to what VirtDesk shows (shared/model/guest-info.ts). PURE: the agent is inside the guest, so its
// replies are the guest's word and are read defensively: a field of the wrong shape is left out.
import type { GuestAddress, GuestInfo, GuestInterface } from '../../../shared/model/index.js';

export interface AgentReplies {
  hostName: unknown;
  osInfo: unknown;
  interfaces: unknown;
}

/** A name the guest gave, without control characters (it reaches terminals through `virtdesk info`), capped. */
function str(v: unknown, max = 256): string | null {
  if (typeof v !== 'string') return null;
  const clean = v.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  return clean ? clean.slice(0, max) : null;
}
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** At most this many interfaces and addresses each: a guest could report thousands. */
const MAX_INTERFACES = 32;
const MAX_ADDRESSES = 16;

export function guestInfoOf(r: AgentReplies): GuestInfo {
  const os = obj(r.osInfo);
  return {
    agent: 'answering',
    hostname: str(obj(r.hostName)['host-name']),
    os: str(os['pretty-name']) ?? str(os.name),
    interfaces: interfacesOf(r.interfaces),
  };
}

function interfacesOf(v: unknown): GuestInterface[] {
  if (!Array.isArray(v)) return [];
  return v
    .map(obj)
    .flatMap((i): GuestInterface[] => {
      const name = str(i.name, 64);
      if (!name || name === 'lo') return [];
      const addresses = (Array.isArray(i['ip-addresses']) ? i['ip-addresses'] : [])
        .map(obj)
        .flatMap(addressOf)
        .filter((a) => !isLoopback(a));
      return [{ name, mac: str(i['hardware-address'], 64), addresses: addresses.slice(0, MAX_ADDRESSES) }];
    })
    .filter((i) => !(i.mac === '00:00:00:00:00:00' && i.addresses.length === 0)) // a loopback by another name
    .slice(0, MAX_INTERFACES);
}

function addressOf(a: Record<string, unknown>): GuestAddress[] {
  const ip = str(a['ip-address'], 64);
  const family = a['ip-address-type'];
  const prefix = typeof a.prefix === 'number' && Number.isInteger(a.prefix) ? a.prefix : null;
  if (!ip || (family !== 'ipv4' && family !== 'ipv6') || prefix === null) return [];
  return [{ ip, prefix, family }];
}

const isLoopback = (a: GuestAddress) => (a.family === 'ipv4' ? a.ip.startsWith('127.') : a.ip === '::1');
