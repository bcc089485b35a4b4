// Start latency: from the API's start to the first guest byte at a console viewer, against the same
// QEMU command line started directly with the serial port on stdout. Runs alternate so that drift of
// the machine affects both sides alike.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { createEngine } from '../../dist/electron/engine/create-engine.js';
import { buildQemuArgs } from '../../dist/electron/engine/argv/build-args.js';
import { runtimeFiles, vmDir } from '../../dist/electron/engine/paths.js';

const ISO = path.resolve('.cache/test-guest/guest.iso');

export async function startLatency(runs) {
  if (!fs.existsSync(ISO)) throw new Error(`missing ${ISO}: run "bash scripts/build-test-guest.sh"`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-bench-'));
  const runtimeDir = fs.mkdtempSync('/tmp/vdb-');
  const engine = await createEngine({ paths: { dataDir, runtimeDir }, rendererDir: path.resolve('dist/renderer'), token: 'bench' });
  const api = await rpcClient(`${engine.server.wsBase}/api?token=bench`);
  const out = { virtdesk: [], bare: [] };
  try {
    for (let i = 0; i < runs; i++) {
      // A new VM each run: an earlier run's output would be replayed as scrollback and arrive "first".
      const vm = await api('create', {
        name: `bench ${i}`, source: { kind: 'iso', isoPath: ISO }, memoryMiB: 256, cpus: 1, accel: 'tcg',
        storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' }, network: { mode: 'user' }, display: 'none',
      });
      out.virtdesk.push(await throughVirtdesk(api, vm.id));
      out.bare.push(await bare(vm.config, { dataDir, runtimeDir }));
    }
  } finally {
    await engine.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(runtimeDir, { recursive: true, force: true });
  }
  return out;
}

async function throughVirtdesk(api, id) {
  const t0 = performance.now();
  await api('start', { id });
  const { url } = await api('openConsole', { id, stream: 'serial0' });
  const ms = await new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('message', () => {
      resolve(performance.now() - t0);
      ws.close();
    });
    ws.once('error', reject);
  });
  await api('forceOff', { id });
  return Math.round(ms);
}

/** The same argv as VirtDesk would run, minus its sockets: serial on stdout, no -S. */
async function bare(config, paths) {
  const files = runtimeFiles(paths, config.id);
  const { argv } = buildQemuArgs(config, { kvmUsable: false }, { vmDir: vmDir(paths, config.id), run: files }, { forHuman: true });
  // forHuman puts the serial port on stdio and leaves out VirtDesk's sockets: the bare command.
  const plain = argv.map((a) => (a === 'mon:stdio' ? 'stdio' : a));
  if (!plain.includes('stdio')) throw new Error('argv shape changed: update the bench');
  const t0 = performance.now();
  const qemu = spawn('qemu-system-x86_64', plain, { stdio: ['ignore', 'pipe', 'inherit'] });
  const ms = await new Promise((resolve) => qemu.stdout.once('data', () => resolve(performance.now() - t0)));
  qemu.kill('SIGKILL');
  await new Promise((r) => qemu.once('exit', r));
  return Math.round(ms);
}

async function rpcClient(url) {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let next = 1;
  const pending = new Map();
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString());
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.error) p.reject(new Error(msg.error.message));
    else p.resolve(msg.result);
  });
  return (method, arg) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, arg }));
    });
}
