// Port forwards (host port -> guest port with user networking) fail at QEMU start if the host port is
// taken, with a message that does not say by whom. Check first: other VMs of this user, then the host.
import dgram from 'node:dgram';
import net from 'node:net';
import { says, type Message } from '../../../shared/i18n/index.js';

export interface Forward {
  proto: 'tcp' | 'udp';
  hostPort: number;
  guestPort: number;
}

/** Pure: forwards in `mine` that clash with each other or with other VMs' forwards (a refusal adds the way out). */
export function forwardClashes(mine: Forward[], others: Array<{ vmName: string; forwards: Forward[] }>): Message[] {
  const out: Message[] = [];
  mine.forEach((f, i) => {
    const port = { port: f.hostPort, proto: f.proto };
    if (mine.findIndex((g) => g.proto === f.proto && g.hostPort === f.hostPort) !== i) out.push(says('files:net.forwardedTwice', port));
    for (const o of others) {
      if (o.forwards.some((g) => g.proto === f.proto && g.hostPort === f.hostPort)) {
        out.push(says('files:net.forwardedByOther', { ...port, vm: o.vmName }));
      }
    }
  });
  return out;
}

/** Can we listen on this TCP port on loopback right now? (QEMU's hostfwd binds the same way.) */
export function tcpPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

/** Can we bind this UDP port on loopback right now? */
export function udpPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = dgram.createSocket('udp4');
    sock.once('error', () => {
      sock.close();
      resolve(false);
    });
    sock.bind(port, host, () => sock.close(() => resolve(true)));
  });
}
