#!/usr/bin/env node
// `virtdesk --headless`: the whole app in a browser, for headless hosts and for the e2e tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine } from './server/create-engine.js';
import { probeHost } from './engine/host/host-probe.js';
import { formatHostReport, hostExitStatus } from './engine/host/host-text.js';
import { defaultPaths } from './engine/paths.js';
import { installUnexpectedErrorPolicy } from './engine/unexpected-errors.js';

const USAGE = `Usage: virtdesk --headless [--host 127.0.0.1] [--port 0] [--data-dir DIR] [--runtime-dir DIR]
       virtdesk host [--json] [--rerun]

host: can this machine run VMs, with KVM or only with emulation? Checks the CPU, the kvm modules,
/dev/kvm, QEMU, and runs a tiny guest under KVM to see that KVM really works (cached per boot; --rerun
runs it again). Exit status: 0 KVM, 1 emulation only, 2 cannot run VMs.

--headless: serves the VirtDesk UI on http://HOST:PORT/?token=... (port 0 picks a free one). The token in the
printed URL is required; keep it private. Binding to anything but loopback exposes your VMs to the
network: do that only behind a firewall or an SSH tunnel.
Environment: VIRTDESK_DATA_DIR, VIRTDESK_RUNTIME_DIR, VIRTDESK_TOKEN.`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      rerun: { type: 'boolean' },
      headless: { type: 'boolean' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      'runtime-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals[0] === 'host' && positionals.length === 1) {
    const paths = { ...defaultPaths(), ...(values['data-dir'] ? { dataDir: path.resolve(values['data-dir']) } : {}) };
    const host = await probeHost({ dataDir: paths.dataDir, cacheDir: paths.cacheDir, rerunSelfTest: values.rerun });
    process.stdout.write(values.json ? `${JSON.stringify(host, null, 2)}\n` : formatHostReport(host));
    process.exit(hostExitStatus(host));
  }
  if (values.help || !values.headless || positionals.length) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`virtdesk: --port must be a number from 0 to 65535, not "${values.port}".`);
    process.exit(2);
  }
  // A long-running engine: an error nobody caught is logged, and the server and relays keep going.
  installUnexpectedErrorPolicy();
  const here = path.dirname(fileURLToPath(import.meta.url));
  const engine = await createEngine({
    paths: {
      ...(values['data-dir'] ? { dataDir: path.resolve(values['data-dir']) } : {}),
      ...(values['runtime-dir'] ? { runtimeDir: path.resolve(values['runtime-dir']) } : {}),
    },
    host: values.host,
    port,
    rendererDir: path.resolve(here, '../renderer'),
    token: process.env.VIRTDESK_TOKEN || undefined,
  });
  // Tests and scripts read this line; keep its shape.
  console.log(`VirtDesk is running at ${engine.server.url}`);
  const stop = async () => {
    await engine.close();
    console.log('VirtDesk stopped; running VMs keep running and are re-attached at the next start.');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(`virtdesk: ${(err as Error).message}`);
  process.exit(1);
});
