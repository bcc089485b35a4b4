// `virtdesk COMMAND ...`: the command table, and the one way every command runs: parse, open the
// engine when the command needs it, print the result (text, or --json), close the engine, exit with the
// documented status (exit-status.ts). Whatever fails is told in the reader's language, or as JSON.
import type { i18n as I18n } from 'i18next';
import { says, tr } from '../../shared/i18n/index.js';
import { bashCompletion } from './bash-completion.js';
import { namesCommand, parseCommandLine, type CommandSpec } from './command-line.js';
import type { Command, CommandContext } from './command-kit.js';
import { consoleCommands } from './commands/console-commands.js';
import { createCommand } from './commands/create-command.js';
import { labCommands } from './commands/lab-commands.js';
import { networkCommands } from './commands/network-commands.js';
import { snapshotCommands } from './commands/snapshot-commands.js';
import { vmCommands } from './commands/vm-commands.js';
import { describeFailure, EXIT, exitStatusOf, failureJson } from './exit-status.js';
import { openSession, pathsFrom, type Session } from './session.js';

const completion: Command = {
  name: 'completion bash',
  args: [],
  options: {},
  async run() {
    const script = bashCompletion(COMMANDS);
    return { json: { script }, text: script };
  },
};

export const COMMANDS: readonly Command[] = [
  ...vmCommands,
  ...consoleCommands,
  createCommand,
  ...snapshotCommands,
  ...labCommands,
  ...networkCommands,
  completion,
];
export const COMMAND_SPECS: readonly CommandSpec[] = COMMANDS;

/** Whether these words are one of the commands here (else they are `host` or `--headless`, cli-main.ts's own). */
export const isCommandLine = (argv: readonly string[]): boolean => namesCommand(argv, COMMANDS);

/** The help: the engine's own commands (`--headless`, `host`), then these. */
export const helpText = (i18n: I18n): string => `${tr(i18n, says('engine:cli.usage'))}\n\n${tr(i18n, says('cli:help'))}\n`;

export async function runCommand(argv: readonly string[], i18n: I18n, io: CommandContext['io']): Promise<number> {
  const json = argv.includes('--json');
  let session: Session | null = null;
  try {
    const parsed = parseCommandLine(argv, COMMANDS);
    if (parsed.options.help) {
      io.stdout.write(helpText(i18n));
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === parsed.command)!;
    const paths = pathsFrom(parsed.options);
    const result = await command.run({
      ...parsed,
      i18n,
      json,
      io,
      session: async () => (session ??= await openSession(paths)),
    });
    io.stdout.write(json ? `${JSON.stringify(result.json, null, 2)}\n` : result.text);
    return EXIT.ok;
  } catch (err) {
    if (json) io.stdout.write(`${JSON.stringify(failureJson(err, i18n), null, 2)}\n`);
    else io.stderr.write(`virtdesk: ${describeFailure(err, i18n)}\n`);
    return exitStatusOf(err);
  } finally {
    await (session as Session | null)?.close();
  }
}
