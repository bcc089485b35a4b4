// `virtdesk --headless`: the whole app in a browser, for headless hosts and for the e2e tests.
// `virtdesk list|start|console|...`: the command line over the engine's API (electron/cli/).
// It speaks the language of its environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG; C is English).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createI18n, languageFromEnv, tr } from '../shared/i18n/index.js';
import { messageOf } from './engine/engine-messages.js';
import { createEngine } from './server/create-engine.js';
import { probeHost } from './engine/host/host-probe.js';
import { formatHostReport, hostExitStatus } from './engine/host/host-text.js';
import { defaultPaths } from './engine/paths.js';
import { installUnexpectedErrorPolicy } from './engine/unexpected-errors.js';
import { desktopLaunch, startDesktopApp } from './cli/desktop-app.js';
import { helpText, isCommandLine, runCommand } from './cli/run-command.js';

const i18n = createI18n(languageFromEnv(process.env));

async function main() {
  const argv = process.argv.slice(2);
  if (isCommandLine(argv)) process.exit(await runCommand(argv, i18n, process));
  const launch = desktopLaunch(argv, process);
  if (launch) return startDesktopApp(launch);
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      rerun: { type: 'boolean' },
      headless: { type: 'boolean' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      'runtime-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals[0] === 'host' && positionals.length === 1) {
    const paths = { ...defaultPaths(), ...(values['data-dir'] ? { dataDir: path.resolve(values['data-dir']) } : {}) };
    const host = await probeHost({ dataDir: paths.dataDir, cacheDir: paths.cacheDir, rerunSelfTest: values.rerun });
    process.stdout.write(values.json ? `${JSON.stringify(host, null, 2)}\n` : formatHostReport(host, i18n));
    process.exit(hostExitStatus(host));
  }
  if (values.help || !values.headless || positionals.length) {
    process.stdout.write(helpText(i18n));
    process.exit(values.help ? 0 : 2);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`virtdesk: ${i18n.t('engine:cli.badPort', { value: values.port })}`);
    process.exit(2);
  }
  // A long-running engine: an error nobody caught is logged, and the server and relays keep going.
  installUnexpectedErrorPolicy();
  const here = path.dirname(fileURLToPath(import.meta.url));
  const engine = await createEngine({
    paths: {
      ...(values['data-dir'] ? { dataDir: path.resolve(values['data-dir']) } : {}),
      ...(values['runtime-dir'] ? { runtimeDir: path.resolve(values['runtime-dir']) } : {}),
    },
    host: values.host,
    port,
    rendererDir: path.resolve(here, '../renderer'),
    token: process.env.VIRTDESK_TOKEN || undefined,
  });
  const stop = async () => {
    await engine.close();
    console.log(i18n.t('engine:cli.stopped'));
    process.exit(0);
  };
  // Before the line below: whoever reads it may stop us at once, and a signal with no handler yet
  // would end the process without a clean stop (engine.json left behind).
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  // Tests and scripts read this line: its shape, English words included, is the same in every language.
  console.log(`VirtDesk is running at ${engine.server.url}`);
}

main().catch((err: unknown) => {
  // An ApiError (an unsafe runtime folder...) in the reader's language; any other error as it is.
  console.error(`virtdesk: ${tr(i18n, messageOf(err))}`);
  process.exit(1);
});
