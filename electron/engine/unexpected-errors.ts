// What the engine does with an error nobody caught: log it (one line saying what happened, then the
// stack) and keep running. Installed once by each entry point (cli.ts --headless, main/index.ts).
//
// Why survive rather than exit: the VMs do not depend on this process. QEMU runs detached and keeps
// running whatever happens here; the engine only relays (API calls, consoles, monitoring) and
// re-attaches to every VM when it starts. Exiting would cut every console and the UI over one bad
// callback and gain nothing: state lives in QEMU and in files written atomically, not in this process's
// memory. A bug that leaves the process truly broken still shows (its log line, failed calls); one
// that only broke a single request no longer takes the others with it.

type Log = (text: string) => void;

const installedOn = new WeakSet<object>();

/** The text logged for one unexpected error: a first line that says it was survived, then the stack. */
export function describeUnexpected(kind: 'uncaughtException' | 'unhandledRejection', reason: unknown): string {
  const what = kind === 'uncaughtException' ? 'an uncaught exception' : 'an unhandled promise rejection';
  const err = reason instanceof Error ? reason : null;
  const summary = err ? `${err.name}: ${err.message}` : safeString(reason);
  const first = `virtdesk: ${what}, logged and survived (the engine keeps running; please report it): ${summary.split('\n')[0]}`;
  const stack = err?.stack?.split('\n').slice(1).join('\n');
  return stack ? `${first}\n${stack}` : first;
}

/**
 * Log unhandled rejections and uncaught exceptions and keep running. Idempotent: a second call on the
 * same process adds nothing. `target` and `log` are for tests.
 */
export function installUnexpectedErrorPolicy(target: Pick<NodeJS.Process, 'on'> = process, log: Log = (text) => console.error(text)): void {
  if (installedOn.has(target)) return;
  installedOn.add(target);
  target.on('unhandledRejection', (reason: unknown) => report(log, 'unhandledRejection', reason));
  target.on('uncaughtException', (err: Error) => report(log, 'uncaughtException', err));
}

function report(log: Log, kind: 'uncaughtException' | 'unhandledRejection', reason: unknown): void {
  try {
    log(describeUnexpected(kind, reason));
  } catch {
    // Logging itself failed (stderr closed): there is nowhere left to say it, and throwing from here
    // would stop the process this policy exists to keep.
  }
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'string' ? value : `a thrown ${typeof value}: ${String(value)}`;
  } catch {
    return `a thrown ${typeof value}`;
  }
}
