// The engine's side of the guest agent against a stand-in qemu-ga on a real Unix socket: syncing past
// stale replies, a silent agent that holds nothing up, shutdown's answers, and thaw after every freeze.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GuestInfo } from '../../../shared/model/index.js';
import { GuestAgentWatch, type AgentTiming } from './agent-watch.js';

const FAST: AgentTiming = {
  retryMs: 20,
  silentAfterMs: 150,
  retrySilentMs: 50,
  refreshMs: 60_000,
  refreshNoAddressMs: 60_000,
  syncTimeoutMs: 100,
  shutdownErrorMs: 100,
};

/** What the agent returns, { error } for an error reply, or 'no reply'. */
type Reply = unknown;
/** A stand-in qemu-ga: answers syncs (0xFF first) and commands from a table; records what it was asked. */
function fakeAgent(sock: string, replies: Record<string, Reply>, opts: { silent?: boolean; stale?: boolean } = {}) {
  const asked: string[] = [];
  const server = net.createServer((c) => {
    let rest = '';
    if (opts.stale) c.write('{"return": "left over from an earlier client"}\n{"return": {"half');
    c.on('data', (chunk: Buffer) => {
      rest += chunk.toString('latin1').replaceAll('\xff', '');
      for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n')) {
        const cmd = JSON.parse(rest.slice(0, nl)) as { execute: string; arguments?: { id?: number } };
        rest = rest.slice(nl + 1);
        asked.push(cmd.execute);
        if (opts.silent) continue;
        if (cmd.execute === 'guest-sync-delimited') {
          c.write(Buffer.concat([Buffer.from([0xff]), Buffer.from(`{"return": ${cmd.arguments?.id}}\n`)]));
          continue;
        }
        const r = replies[cmd.execute];
        if (r === 'no reply') continue;
        const error = (r as { error?: string } | undefined)?.error;
        c.write(`${JSON.stringify(error ? { error: { class: 'GenericError', desc: error } } : { return: r ?? {} })}\n`);
      }
    });
  });
  server.listen(sock);
  return { asked, close: () => server.close() };
}

const IFACES = [
  {
    name: 'eth0',
    'hardware-address': '52:54:00:12:34:56',
    'ip-addresses': [{ 'ip-address-type': 'ipv4', 'ip-address': '10.0.2.15', prefix: 24 }],
  },
];
const REPLIES = {
  'guest-get-host-name': { 'host-name': 'g1' },
  'guest-get-osinfo': { 'pretty-name': 'Test OS' },
  'guest-network-get-interfaces': IFACES,
};

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function setUp(replies: Record<string, Reply>, opts: { silent?: boolean; stale?: boolean } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-qga-'));
  const sock = path.join(dir, 'qga.sock');
  const agent = fakeAgent(sock, replies, opts);
  const seen: Array<GuestInfo | undefined> = [];
  const watch = new GuestAgentWatch(sock, (i) => seen.push(i), FAST);
  cleanups.push(() => (watch.stop(), agent.close(), fs.rmSync(dir, { recursive: true, force: true })));
  const until = async (ok: () => boolean) => {
    for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(ok()).toBe(true);
  };
  return { watch, agent, seen, until };
}

describe('following the guest agent', () => {
  it('syncs past stale replies, then reports the guest’s name, OS and addresses', async () => {
    const { watch, agent, seen, until } = setUp(REPLIES, { stale: true });
    watch.start();
    await until(() => watch.answering);
    expect(seen[0]).toEqual({ agent: 'waiting', hostname: null, os: null, interfaces: [] });
    expect(seen.at(-1)).toMatchObject({ agent: 'answering', hostname: 'g1', os: 'Test OS', interfaces: [{ name: 'eth0' }] });
    expect(agent.asked.slice(0, 4)).toEqual([
      'guest-sync-delimited',
      'guest-get-host-name',
      'guest-get-osinfo',
      'guest-network-get-interfaces',
    ]);
    watch.stop();
    expect(seen.at(-1)).toBeUndefined();
  });

  it('goes from waiting to silent when nobody answers, and never holds shutdown or a snapshot up', async () => {
    const { watch, seen, until } = setUp(REPLIES, { silent: true });
    watch.start();
    await until(() => seen.at(-1)?.agent === 'silent');
    const t0 = Date.now();
    expect(await watch.shutdown()).toBe(false);
    const ran = await watch.withFrozenFilesystems(async () => 'taken');
    expect(ran).toEqual({ value: 'taken', frozen: null });
    expect(Date.now() - t0).toBeLessThan(50);
  });

  it('shutdown: taken when no reply comes (the guest goes down), refused on the agent’s error', async () => {
    const ok = setUp({ ...REPLIES, 'guest-shutdown': 'no reply' });
    ok.watch.start();
    await ok.until(() => ok.watch.answering);
    expect(await ok.watch.shutdown()).toBe(true);
    expect(ok.agent.asked).toContain('guest-shutdown');

    const refused = setUp({ ...REPLIES, 'guest-shutdown': { error: 'child process has failed to shutdown' } });
    refused.watch.start();
    await refused.until(() => refused.watch.answering);
    expect(await refused.watch.shutdown()).toBe(false);
  });

  it('freezes around the operation and always thaws, also when the operation fails', async () => {
    const { watch, agent, until } = setUp({ ...REPLIES, 'guest-fsfreeze-freeze': 2, 'guest-fsfreeze-thaw': 2 });
    watch.start();
    await until(() => watch.answering);
    expect(await watch.withFrozenFilesystems(async () => 'ok')).toEqual({ value: 'ok', frozen: 2 });
    await expect(watch.withFrozenFilesystems(() => Promise.reject(new Error('snapshot failed')))).rejects.toThrow('snapshot failed');
    const freezing = agent.asked.filter((c) => c.startsWith('guest-fsfreeze'));
    expect(freezing).toEqual(['guest-fsfreeze-freeze', 'guest-fsfreeze-thaw', 'guest-fsfreeze-freeze', 'guest-fsfreeze-thaw']);
  });

  it('thaws even when the freeze itself failed, and says nothing was frozen', async () => {
    const { watch, agent, until } = setUp({ ...REPLIES, 'guest-fsfreeze-freeze': { error: 'failed to freeze /: Device busy' } });
    watch.start();
    await until(() => watch.answering);
    expect(await watch.withFrozenFilesystems(async () => 1)).toEqual({ value: 1, frozen: null });
    expect(agent.asked.slice(-2)).toEqual(['guest-fsfreeze-freeze', 'guest-fsfreeze-thaw']);
  });
});
