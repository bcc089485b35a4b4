// The real headless server (dist/electron/cli.js) as a child process with its own data and runtime
// folders, plus an API client. stop() forces off every VM it runs, ends the server, kills any QEMU
// left behind (from the runtime folder's pidfiles) and removes the folders.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { keeperPid, qemuPids } from './proc.mjs';
import { rpcClient } from './rpc.mjs';

/** Servers not stopped yet: killed with their QEMUs if the bench is interrupted (see abandonAll). */
const live = new Set();

/** nodeArgs: extra node options for the server, e.g. ['--cpu-prof'] to see where its time goes. */
export async function startHeadless({ nodeArgs = [] } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-bench-'));
  // Unix socket paths must stay under 108 bytes: a short runtime folder.
  const runtimeDir = fs.mkdtempSync('/tmp/vdb-');
  const paths = { dataDir, runtimeDir };
  const child = spawn(
    process.execPath,
    [...nodeArgs, 'dist/electron/cli.js', '--headless', '--port', '0', '--data-dir', dataDir, '--runtime-dir', runtimeDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let url;
  try {
    url = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d.toString();
        const m = /VirtDesk is running at (\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`headless server exited (${code}) before it listened:\n${out}`)));
    });
  } catch (err) {
    cleanup(paths);
    throw err;
  }
  child.stdout.resume(); // keep draining its log
  const entry = { child, paths };
  live.add(entry);
  const u = new URL(url);
  const token = u.searchParams.get('token');
  const api = await rpcClient(`ws://${u.host}/api?token=${token}`);
  return {
    url,
    pid: child.pid,
    paths,
    api,
    async stop() {
      try {
        const vms = await api('list');
        await Promise.all(vms.filter((vm) => vm.status.state !== 'stopped').map((vm) => api('forceOff', { id: vm.id }).catch(() => {})));
      } catch {
        /* the pidfiles below catch what is left */
      }
      api.close();
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      cleanup(paths);
      live.delete(entry);
    },
  };
}

/** Interrupted (Ctrl-C): no time for the API; kill every server and QEMU this bench started. */
export function abandonAll() {
  for (const { child, paths } of live) {
    child.kill('SIGKILL');
    cleanup(paths);
  }
  live.clear();
}

/** Kill every QEMU and the console log keeper whose pidfiles are in the runtime folder, then remove both folders. */
export function cleanup({ dataDir, runtimeDir }) {
  const pids = fs.existsSync(runtimeDir) ? [...qemuPids(runtimeDir), keeperPid(runtimeDir)].filter(Boolean) : [];
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(runtimeDir, { recursive: true, force: true });
}
