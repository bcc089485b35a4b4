// A command run on a pseudo-terminal, for tests of what needs a real terminal (raw mode, Ctrl+]). Node
// has no pty of its own: util-linux's `script` makes one and runs a shell command line on it. That line
// is built from an argv here, each word quoted by the house's shellQuote, and it checks that the
// terminal's settings (stty -g) are the same after the command as before.
import { spawn, type ChildProcess } from 'node:child_process';
import { shellQuote } from '../../engine/argv/shell-quote.js';

/** Printed on the terminal after the command when it left the terminal's settings as it found them. */
export const RESTORED = 'TERMINAL-RESTORED';

/** The shell line `script -c` runs: the command, then the settings check; its status is the command's. */
export function ptyCommandLine(argv: readonly string[]): string {
  return `before=$(stty -g); ${argv.map(shellQuote).join(' ')}; rc=$?; [ "$(stty -g)" = "$before" ] && echo ${RESTORED}; exit $rc`;
}

/** script's own argv: quiet, flush each write, the command's exit status, no typescript file. */
export const scriptArgv = (argv: readonly string[]): string[] => ['-qfec', ptyCommandLine(argv), '/dev/null'];

export interface PtyRun {
  child: ChildProcess;
  /** Everything the terminal showed so far. */
  output(): string;
  type(text: string): void;
  /** Resolves when `pattern` shows after `from` (an offset into output()); rejects with the tail shown. */
  waitFor(pattern: string, timeoutMs: number, from?: number): Promise<void>;
  exited: Promise<number | null>;
}

export function runOnPty(argv: readonly string[], env: NodeJS.ProcessEnv): PtyRun {
  // SHELL decides what runs the line: a POSIX sh, whatever the tester's login shell is.
  const child = spawn('script', scriptArgv(argv), { env: { ...env, SHELL: '/bin/sh' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  const waiters = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString('latin1');
    for (const w of [...waiters]) w();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    type: (text) => void child.stdin.write(text),
    exited,
    waitFor: (pattern, timeoutMs, from = 0) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (out.indexOf(pattern, from) < 0) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`timed out after ${timeoutMs} ms waiting for ${JSON.stringify(pattern)}; the terminal showed:\n${out.slice(-2000)}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
  };
}
