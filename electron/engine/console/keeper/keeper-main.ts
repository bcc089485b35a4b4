// The console log keeper: one small process per user (per runtime folder) that holds QEMU's console
// chardev sockets (serial0, hvc0) of every running VM, appends what the guest prints to the console's
// log, and passes the live stream to the engine. Like libvirt's virtlogd it outlives the engine: output
// printed while VirtDesk is closed, or after its engine was killed, still reaches the log, and the engine
// replays it when it comes back. It replaces QEMU's own `logfile=`, which made QEMU write every byte
// twice (a write() per byte into the log beside the one into the socket) and cost about a quarter of
// the serial console's throughput (BENCHMARKS.md). Being a process that does nothing else (the log is
// written from libuv's thread pool, see log-writer.ts), it also drains the virtio console, which has no
// flow control, in time while the engine is busy.
//
// Run as: node keeper-main.js <runtime folder>. Prints "ready" once it serves (or once it finds another
// keeper serving the folder), then writes nothing more to stdout. Exits after a while with no console
// and no client. Protocol and file rules: keeper-protocol.ts.
import fs from 'node:fs';
import net from 'node:net';
import { KeptChardev } from './kept-chardev.js';
import { encodeLine, keeperFiles, keptFiles, MAX_LINE_BYTES, parseRequest, type KeepRequest } from './keeper-protocol.js';

/** With no console kept and no client, how long the keeper waits before it exits. */
const IDLE_EXIT_MS = 30_000;

class Keeper {
  private readonly kept = new Map<string, Promise<KeptChardev>>();
  private clients = 0;
  private closing = false;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly server = net.createServer((sock) => this.client(sock));

  constructor(private readonly runtimeDir: string) {}

  /** Listen on the folder's keeper socket, unless a live keeper already does (then say so). */
  async listen(): Promise<'serving' | 'another'> {
    const { socket, pidfile } = keeperFiles(this.runtimeDir);
    try {
      await this.listenOn(socket);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
      if (await answers(socket)) return 'another';
      fs.rmSync(socket, { force: true }); // left by a keeper that was killed
      await this.listenOn(socket);
    }
    fs.chmodSync(socket, 0o600);
    fs.writeFileSync(pidfile, `${process.pid}\n`, { mode: 0o600 });
    this.idleCheck();
    return 'serving';
  }

  private listenOn(socket: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(socket, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  private client(sock: net.Socket): void {
    this.clients++;
    this.idleCheck();
    sock.on('error', () => {}); // 'close' follows
    sock.on('close', () => {
      this.clients--;
      this.idleCheck();
    });
    let head = Buffer.alloc(0);
    const onHead = (data: Buffer) => {
      head = Buffer.concat([head, data]);
      const nl = head.indexOf(0x0a);
      if (nl < 0 && head.length <= MAX_LINE_BYTES) return;
      sock.off('data', onHead);
      const request = nl < 0 ? 'the request line is too long' : parseRequest(head.subarray(0, nl).toString('utf8'));
      if (typeof request === 'string') return refuse(sock, request);
      sock.pause(); // what is typed before the console answers waits for it
      this.serve(sock, request, head.subarray(nl + 1)).catch((err: Error) => refuse(sock, err.message));
    };
    sock.on('data', onHead);
  }

  private async serve(sock: net.Socket, request: KeepRequest, typed: Buffer): Promise<void> {
    if (this.closing) return refuse(sock, 'closing');
    const key = `${request.vm}/${request.stream}`;
    let chardev = this.kept.get(key);
    if (!chardev) {
      chardev = KeptChardev.open(keptFiles(this.runtimeDir, request), () => {
        this.kept.delete(key);
        this.idleCheck();
      });
      this.kept.set(key, chardev);
      chardev.catch(() => {
        this.kept.delete(key);
        this.idleCheck();
      });
    }
    let kept: KeptChardev;
    try {
      kept = await chardev;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' || code === 'ECONNREFUSED' ? 'the VM is not running' : (err as Error).message;
      return refuse(sock, `${request.stream} of ${request.vm}: ${why}`);
    }
    if (sock.destroyed) return;
    await kept.admit(sock, typed);
    sock.resume();
  }

  /** No console and no client for IDLE_EXIT_MS: exit (an engine starts a keeper again when it needs one). */
  private idleCheck(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.kept.size || this.clients) return;
    this.idleTimer = setTimeout(() => {
      this.closing = true;
      fs.rmSync(keeperFiles(this.runtimeDir).pidfile, { force: true });
      this.server.close(() => process.exit(0));
    }, IDLE_EXIT_MS);
  }
}

function refuse(sock: net.Socket, error: string): void {
  sock.end(encodeLine({ error }));
}

/** Does a keeper answer on this socket? */
function answers(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect(socket, () => {
      probe.destroy();
      resolve(true);
    });
    probe.on('error', () => resolve(false));
  });
}

async function main(runtimeDir: string | undefined): Promise<void> {
  if (!runtimeDir) throw new Error('usage: keeper-main <runtime folder>');
  const served = await new Keeper(runtimeDir).listen();
  process.stdout.write('ready\n');
  if (served === 'another') process.exit(0); // that one keeps the consoles
  // The engine reads "ready" and lets go of our stdout: never write to it again. Errors go to stderr,
  // which is the keeper's log file.
  process.stdout.on('error', () => {});
  process.on('uncaughtException', (err) => process.stderr.write(`${new Date().toISOString()} ${err.stack ?? err}\n`));
  process.on('SIGHUP', () => {}); // a closing terminal must not end the logs of running VMs
}

main(process.argv[2]).catch((err: Error) => {
  process.stderr.write(`console log keeper: ${err.message}\n`);
  process.exit(1);
});
