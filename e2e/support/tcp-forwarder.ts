// A TCP port forwarder, as `ssh -L OTHER:127.0.0.1:PORT` puts one between a browser and VirtDesk: the
// page is reached at another port than the server's bind, and every byte is passed on unchanged.
import net from 'node:net';

export interface Forwarder {
  /** The port the forwarder listens on (127.0.0.1). */
  port: number;
  /** Connections passed on so far. */
  connections: () => number;
  close(): Promise<void>;
}

export async function forwardTo(targetPort: number): Promise<Forwarder> {
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    count++;
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => count,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
