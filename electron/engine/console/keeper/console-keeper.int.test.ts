// The console log keeper's promises, with the real guest under TCG: output printed while no engine
// runs (VirtDesk closed or killed with -9) is in the log and shown, once and in order, when VirtDesk
// comes back; a keeper killed with -9 is replaced and the console carries on; a hostile client of the
// keeper's socket gets a clear refusal and changes nothing. Needs `npx tsc -b` (npm test builds first):
// the keeper and the headless server run from dist/.
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { VmSummary } from '../../../../shared/model/index.js';
import { rpcClient, startHeadlessCli, type HeadlessCli } from '../../store/test-support/headless-cli.js';
import { ConsoleReader } from '../../test-support/console-reader.js';
import { GUEST_PROMPT, requireGuest, tempDirs } from '../../test-support/guest.js';
import { kernelVm, useTestEngine } from '../../test-support/test-engine.js';
import { forceOffAfterFailure } from '../../test-support/stop-vms.js';
import { keeperFiles } from './keeper-protocol.js';
import { consoleUrl } from '../../../../shared/console-url.js';

/** Polls a file until `pattern` is in it: the keeper writes it while no engine is there to ask. */
async function fileShows(file: string, pattern: RegExp, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'latin1') : '';
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`${file} never showed ${pattern}; it ends with:\n${text.slice(-400)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The numbers of the `line-N` lines in a text, in the order they appear. */
const lineNumbers = (text: string) => [...text.matchAll(/line-(\d+)\r?\n/g)].map((m) => Number(m[1]));

/** Prints line-1 .. line-`count`, one every 50 ms, then the end marker (EN""D: the echo of the command must not match). */
const printLines = (count: number) => `i=0; while [ $i -lt ${count} ]; do i=$((i+1)); echo line-$i; sleep 0.05; done; echo EN""D-MARK\r`;

describe('VirtDesk killed with -9 while the guest prints', () => {
  const dirs = tempDirs();
  const token = crypto.randomBytes(16).toString('hex');
  let cli: HeadlessCli | null = null;
  afterAll(async () => {
    if (cli) {
      const api = await rpcClient(cli);
      for (const vm of await api.call<VmSummary[]>('list', {})) await api.call('forceOff', { id: vm.id }).catch(() => {});
      api.close();
      cli.child.kill('SIGKILL');
      await cli.exited;
    }
    dirs.cleanup();
  });

  it('every line printed while no engine ran is shown after it comes back, once and in order', async () => {
    requireGuest();
    cli = await startHeadlessCli(dirs, token);
    let api = await rpcClient(cli);
    const { id } = await api.call<VmSummary>('create', kernelVm('printer'));
    await api.call('start', { id });
    const first = await ConsoleReader.open(
      consoleUrl((await api.call<{ url: string }>('openConsole', { id, stream: 'serial0' })).url, cli.origin),
    );
    await first.waitForShell(GUEST_PROMPT);
    first.type(printLines(200));
    await first.waitFor(/line-10\r?\n/, 60_000);

    cli.child.kill('SIGKILL'); // no shutdown, no goodbye: the keeper is on its own
    await cli.exited;
    const lastSeen = Math.max(...lineNumbers(first.text));
    const log = path.join(dirs.runtimeDir, id, 'serial0.log');
    // Lines the guest printed with no engine running, kept by the keeper alone.
    await fileShows(log, new RegExp(`line-${lastSeen + 20}\\r?\\n`));

    cli = await startHeadlessCli(dirs, token);
    api = await rpcClient(cli);
    const again = await ConsoleReader.open(
      consoleUrl((await api.call<{ url: string }>('openConsole', { id, stream: 'serial0' })).url, cli.origin),
    );
    await again.waitFor('END-MARK', 120_000);
    const seen = lineNumbers(again.text);
    expect(seen).toEqual(Array.from({ length: 200 }, (_, i) => i + 1)); // none lost, none twice
    const from = again.length;
    again.type('echo back-$((40+2))\r');
    await again.waitFor('back-42', 30_000, from);
    again.close();
    api.close();
  });
});

describe('the keeper itself', () => {
  const t = useTestEngine();
  forceOffAfterFailure(() => t.engine);
  const keeper = () => keeperFiles(t.dirs.runtimeDir);
  const keeperPid = () => Number(fs.readFileSync(keeper().pidfile, 'utf8'));

  it('killed with -9: another one takes over and the open console carries on', async () => {
    const { id } = await t.engine.api.create(kernelVm('keeper victim'));
    await t.engine.api.start({ id });
    const con = await ConsoleReader.open(
      consoleUrl((await t.engine.api.openConsole({ id, stream: 'serial0' })).url, t.engine.server.wsBase),
    );
    await con.waitForShell(GUEST_PROMPT);
    const before = keeperPid();
    process.kill(before, 'SIGKILL');
    // The relay opens the console again through a new keeper; the viewer's connection stays up.
    let from = con.length;
    const deadline = Date.now() + 60_000;
    while (!con.text.slice(from).includes('after-42')) {
      if (Date.now() > deadline) throw new Error(`the console did not answer after the keeper was killed:\n${con.text.slice(-400)}`);
      from = con.length;
      con.type('echo after-$((6*7))\r');
      await con.waitFor('after-42', 3_000, from).catch(() => {});
    }
    expect(con.closed).toBeNull();
    expect(keeperPid()).not.toBe(before);
    await fileShows(path.join(t.dirs.runtimeDir, id, 'serial0.log'), /after-42/); // and it logs again
    con.close();
    await t.engine.api.forceOff({ id });
  });

  it('refuses what is not a request for a running VM’s console, and keeps serving', async () => {
    const { id } = await t.engine.api.create(kernelVm('keeper client'));
    await t.engine.api.start({ id });
    const ask = (line: string) =>
      new Promise<string>((resolve, reject) => {
        let got = '';
        const s = net.connect(keeper().socket, () => s.write(line));
        s.on('data', (d) => (got += d.toString()));
        s.on('close', () => resolve(got));
        s.on('error', reject);
      });
    expect(await ask('{"vm":"../../../etc/passwd","stream":"serial0"}\n')).toMatch(/"error":"vm: not a VM id/);
    expect(await ask(`{"vm":"${id}","stream":"monitor"}\n`)).toMatch(/"error":"stream: not one of serial0, hvc0/);
    expect(await ask('not json\n')).toMatch(/not JSON/);
    expect(await ask('x'.repeat(4096))).toMatch(/too long/);
    const stranger = crypto.randomUUID();
    expect(await ask(`{"vm":"${stranger}","stream":"serial0"}\n`)).toMatch(/the VM is not running/);
    expect(await ask(`{"vm":"${id}","stream":"hvc0"}\n`)).toMatch(/the VM is not running/); // it has no virtio console
    expect(fs.existsSync(path.join(t.dirs.runtimeDir, stranger))).toBe(false); // no folder, no log made for it
    expect(fs.existsSync(path.join(t.dirs.runtimeDir, id, 'hvc0.log'))).toBe(false);
    // And the VM's console still works through it.
    const con = await ConsoleReader.open(
      consoleUrl((await t.engine.api.openConsole({ id, stream: 'serial0' })).url, t.engine.server.wsBase),
    );
    await con.waitForShell(GUEST_PROMPT);
    con.close();
    await t.engine.api.forceOff({ id });
  });
});
