// `virtdesk` with no command, as the .deb installs it (packaging/virtdesk): the command line runs on the
// Node inside Electron (ELECTRON_RUN_AS_NODE, as VS Code's `code` does), so with nothing to do on the
// command line it starts the desktop app, which is the same executable run as Electron. From npm
// (`node dist/electron/cli.js`) there is no Electron behind it: no command prints the help, as before.
import { spawn } from 'node:child_process';

export interface DesktopLaunch {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * How to start the desktop app, or null when this is not for it: any argument at all (a mistyped
 * command must say so, not open a window; the desktop entry runs virtdesk-app itself, with the files
 * to open), or no Electron behind this process.
 */
export function desktopLaunch(
  argv: readonly string[],
  proc: { execPath: string; versions: NodeJS.ProcessVersions; env: NodeJS.ProcessEnv },
): DesktopLaunch | null {
  if (!proc.versions.electron || !proc.env.ELECTRON_RUN_AS_NODE) return null;
  if (argv.length) return null;
  const env = { ...proc.env };
  delete env.ELECTRON_RUN_AS_NODE; // the same binary, as Electron this time
  return { command: proc.execPath, args: [], env };
}

/** Starts the app on its own (it outlives this command) and returns at once. */
export function startDesktopApp(launch: DesktopLaunch): void {
  spawn(launch.command, launch.args, { env: launch.env, detached: true, stdio: 'ignore' }).unref();
}
