// The host port "Add port forward" offers: the usual one for the guest port (2222 for SSH, 8080 for
// 80), or the next one up that no VM forwards, the form does not hold already, and nothing on this
// host listens on. Offering 2222 when another VM forwards it only sets up a refusal.
import { ApiError } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';
import { tcpPortFree, udpPortFree } from '../net/port-check.js';

const FIRST_USER_PORT = 1024;
/** How far to look before giving up: a host with this many ports taken in a row has other problems. */
const TRIES = 2000;

/** PURE: where to start looking for a host port for this guest port. */
export function preferredHostPort(guestPort: number): number {
  if (guestPort === 22) return 2222;
  if (guestPort < FIRST_USER_PORT) return 8000 + guestPort; // 80 -> 8080, 443 -> 8443
  return guestPort;
}

/** PURE: the host ports each protocol's forwards of these VMs hold. */
export function forwardedPorts(configs: VmConfig[], proto: 'tcp' | 'udp'): Set<number> {
  return new Set(
    configs
      .flatMap((c) => c.nics.flatMap((n) => (n.network.mode === 'user' ? n.network.forwards : [])))
      .flatMap((f) => (f.proto === proto ? [f.hostPort] : [])),
  );
}

export async function suggestHostPort(
  arg: { proto: 'tcp' | 'udp'; guestPort: number; taken: number[] },
  configs: VmConfig[],
  isFree: (port: number) => Promise<boolean> = arg.proto === 'tcp' ? tcpPortFree : udpPortFree,
): Promise<{ hostPort: number }> {
  const held = forwardedPorts(configs, arg.proto);
  for (const p of arg.taken) held.add(p);
  let port = preferredHostPort(arg.guestPort);
  for (let i = 0; i < TRIES; i++, port = port >= 65535 ? FIRST_USER_PORT : port + 1) {
    if (!held.has(port) && (await isFree(port))) return { hostPort: port };
  }
  throw new ApiError('conflict', says('files:create.noFreePort', { port: preferredHostPort(arg.guestPort) }));
}
