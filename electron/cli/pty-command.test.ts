// The shell line the console test runs on a pseudo-terminal: every word arrives as it was given.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ptyCommandLine, RESTORED } from './test-support/pty.js';

describe('ptyCommandLine', () => {
  it('quotes every word, and keeps the command’s exit status', () => {
    const words = ['printf', '%s|', "it's", 'a b', '$HOME', '`id`', ';', ''];
    const run = spawnSync('sh', [
      '-c',
      ptyCommandLine(words)
        .replace(/before=\$\(stty -g\); /, '')
        .replace(/; \[ .*; exit/, '; exit'),
    ]);
    expect(run.stdout.toString()).toBe("it's|a b|$HOME|`id`|;||");
    const failing = spawnSync('sh', ['-c', ptyCommandLine(['sh', '-c', 'exit 3']).replace(/stty -g/g, 'echo same')]);
    expect(failing.status).toBe(3);
    expect(failing.stdout.toString()).toBe(`${RESTORED}\n`);
  });
});
