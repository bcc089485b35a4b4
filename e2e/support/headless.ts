// Starts the real headless server (the built app: dist/electron/cli.js) on a free loopback port with
// its own data and runtime folders, and cleans up every QEMU it left behind.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Headless {
  url: string;
  dataDir: string;
  runtimeDir: string;
  stop(): Promise<void>;
}

/** seed: puts files in the data folder before the server starts (a broken settings.json, say). */
export async function startHeadless(opts: { seed?: (dataDir: string) => void } = {}): Promise<Headless> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-e2e-'));
  const runtimeDir = fs.mkdtempSync('/tmp/vde-');
  opts.seed?.(dataDir);
  const child: ChildProcess = spawn(
    process.execPath,
    ['dist/electron/cli.js', '--headless', '--port', '0', '--data-dir', dataDir, '--runtime-dir', runtimeDir],
    // English whatever the machine's locale: the line below is read in English (the engine's own
    // language does not change what the page shows, which follows the browser's).
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LANG: 'C.UTF-8', LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '' } },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /VirtDesk is running at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`headless server exited (${code}) before it listened:\n${out}`)));
  });
  return {
    url,
    dataDir,
    runtimeDir,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      // The server leaves VMs running on purpose (they outlive VirtDesk); a test must not.
      for (const vm of fs.readdirSync(runtimeDir)) {
        const pidfile = path.join(runtimeDir, vm, 'qemu.pid');
        if (!fs.existsSync(pidfile)) continue;
        try {
          process.kill(Number(fs.readFileSync(pidfile, 'utf8')), 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(runtimeDir, { recursive: true, force: true });
    },
  };
}
