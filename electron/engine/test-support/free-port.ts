// Host ports for tests, from the OS: no fixed port is ever assumed free (other programs, other VMs and
// other test runs forward ports too). Listen on port 0, note what the OS picked, close, use it. Another
// program could take it in between: rare, and far rarer than a fixed port being in use.
import dgram from 'node:dgram';
import net from 'node:net';
import type { VmConfig } from '../../../shared/model/index.js';

export type Proto = 'tcp' | 'udp';

/** A loopback port that nothing listens on right now, for `proto`. */
export async function freePort(proto: Proto, host = '127.0.0.1'): Promise<number> {
  if (proto === 'udp') {
    const sock = dgram.createSocket('udp4');
    await new Promise<void>((resolve, reject) => {
      sock.once('error', reject);
      sock.bind(0, host, () => resolve());
    });
    const { port } = sock.address();
    await new Promise<void>((resolve) => sock.close(() => resolve()));
    return port;
  }
  const srv = net.createServer();
  await new Promise<void>((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(0, host, () => resolve());
  });
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/**
 * The config with the host port of every forward of every NIC replaced by a free one (distinct per
 * protocol). Golden files keep readable fixed ports (they test how argv is built); a test that runs
 * one in real QEMU uses this, so it cannot fail because something on this host listens on 2222.
 */
export async function withFreeHostPorts(config: VmConfig): Promise<VmConfig> {
  const taken = new Set<string>();
  const nics: VmConfig['nics'] = [];
  for (const nic of config.nics) {
    if (nic.network.mode !== 'user') {
      nics.push(nic);
      continue;
    }
    const forwards: typeof nic.network.forwards = [];
    for (const f of nic.network.forwards) {
      let port = await freePort(f.proto);
      // A closed port can be handed out again at once: keep each (protocol, port) distinct.
      while (taken.has(`${f.proto}:${port}`)) port = await freePort(f.proto);
      taken.add(`${f.proto}:${port}`);
      forwards.push({ ...f, hostPort: port });
    }
    nics.push({ ...nic, network: { ...nic.network, forwards } });
  }
  return { ...config, nics };
}
