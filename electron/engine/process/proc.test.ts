import { spawn } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { hasEnded, waitForExit, zombieExit } from './proc.js';

describe('a process that is not our child', () => {
  it('counts as ended as soon as it is a zombie, and its zombie tells how it ended', async () => {
    // bash starts a sleeper, prints its pid and becomes a second sleeper that never reaps the first:
    // like a re-attached QEMU whose adoptive parent does not reap it.
    const parent = spawn('bash', ['-c', 'sleep 60 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(d.toString()))));
      expect(await hasEnded(pid)).toBe(false);
      expect(await zombieExit(pid)).toBeNull(); // alive: nothing to tell yet
      process.kill(pid, 'SIGKILL');
      expect(await waitForExit(pid, 2_000)).toBe(true);
      await vi.waitFor(async () => expect(await zombieExit(pid)).toEqual({ code: null, signal: 'SIGKILL' }), {
        timeout: 2_000,
        interval: 10,
      });
      expect(() => process.kill(pid, 0)).not.toThrow(); // kill(0) alone would still call it alive
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('a gone process has ended and tells nothing', async () => {
    const child = spawn('true');
    await new Promise((r) => child.once('exit', r));
    expect(await hasEnded(child.pid!)).toBe(true);
    expect(await zombieExit(child.pid!)).toBeNull();
  });
});
