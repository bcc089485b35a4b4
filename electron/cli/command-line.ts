// The words after `virtdesk`, read into a command, its arguments and its options. Pure: the help's
// grammar, written once, so that every command gets the same handling of --opt=value, --opt value,
// "--" and the options every command takes. A mistake is a UsageError whose sentence names the word.
import { says, type Message } from '../../shared/i18n/index.js';

export type OptionKind = 'boolean' | 'string';
export type OptionSpecs = Readonly<Record<string, OptionKind>>;

export interface CommandSpec {
  /** "list", or a group and its subcommand: "snapshot create". */
  name: string;
  /** Required positional arguments, as the help names them ("NAME", "SNAPSHOT"). */
  args: readonly string[];
  options: OptionSpecs;
}

/** Options every command takes, before or after its name. */
export const GLOBAL_OPTIONS: OptionSpecs = { json: 'boolean', help: 'boolean', 'data-dir': 'string', 'runtime-dir': 'string' };

export interface ParsedCommand {
  command: string;
  args: string[];
  options: Record<string, string | boolean>;
}

/** A command line that cannot be run as typed: exit status 2, with the sentence saying why. */
export class UsageError extends Error {
  constructor(readonly said: Message) {
    super(said.text);
    this.name = 'UsageError';
  }
}

const fail = (...a: Parameters<typeof says>): never => {
  throw new UsageError(says(...a));
};

/** The first word of every command ("snapshot" for "snapshot list"), in the order of `specs`. */
export const commandHeads = (specs: readonly CommandSpec[]): string[] => [...new Set(specs.map((s) => s.name.split(' ')[0]!))];

/**
 * Whether `argv` names one of these commands (its first word that is neither an option nor a global
 * option's value). The other command lines (`host`, `--headless`) belong to the older entry point.
 */
export function namesCommand(argv: readonly string[], specs: readonly CommandSpec[]): boolean {
  const heads = commandHeads(specs);
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') return heads.includes(argv[i + 1] ?? '');
    if (!word.startsWith('-')) return heads.includes(word);
    if (GLOBAL_OPTIONS[word.slice(2)] === 'string') i++;
  }
  return false;
}

export function parseCommandLine(argv: readonly string[], specs: readonly CommandSpec[]): ParsedCommand {
  let spec: CommandSpec | null = null;
  let pending = '';
  const args: string[] = [];
  const options: Record<string, string | boolean> = {};
  const commands = commandHeads(specs).join(', ');
  const positional = (word: string) => {
    if (spec) return void args.push(word);
    const candidate = pending ? `${pending} ${word}` : word;
    const exact = specs.find((s) => s.name === candidate);
    if (exact) spec = exact;
    else if (specs.some((s) => s.name.startsWith(`${candidate} `))) pending = candidate;
    else fail('cli:usage.unknownCommand', { command: candidate, commands });
  };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      argv.slice(i + 1).forEach(positional);
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      positional(word);
      continue;
    }
    const eq = word.indexOf('=');
    const name = word === '-h' ? 'help' : word.slice(2, eq < 0 ? undefined : eq);
    const option = word.startsWith('--') || word === '-h' ? `--${name}` : word;
    const kind = GLOBAL_OPTIONS[name] ?? (spec as CommandSpec | null)?.options[name];
    if (!kind || (!word.startsWith('--') && word !== '-h')) {
      fail('cli:usage.unknownOption', { option, command: (spec as CommandSpec | null)?.name ?? (pending || 'virtdesk') });
    }
    if (kind === 'boolean') {
      if (eq >= 0) fail('cli:usage.noValue', { option });
      options[name] = true;
    } else if (eq >= 0) {
      options[name] = word.slice(eq + 1);
    } else {
      const value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) fail('cli:usage.missingValue', { option });
      options[name] = value!;
      i++;
    }
  }
  const found = spec as CommandSpec | null;
  if (!found) {
    // `virtdesk snapshot --help` asks about the group: the help covers it.
    if (options.help) return { command: pending || 'help', args, options };
    if (pending)
      fail('cli:usage.unknownCommand', {
        command: pending,
        commands: specs
          .filter((s) => s.name.startsWith(`${pending} `))
          .map((s) => s.name)
          .join(', '),
      });
    return fail('cli:usage.noCommand', { commands });
  }
  if (!options.help) {
    if (args.length < found.args.length) {
      fail('cli:usage.missingArg', { command: found.name, arg: found.args[args.length]!, args: found.args.join(' ') });
    }
    if (args.length > found.args.length) fail('cli:usage.extraArg', { command: found.name, arg: args[found.args.length]! });
  }
  return { command: found.name, args, options };
}

/** A whole number given to an option (--memory 512), or a UsageError naming the option. */
export function wholeNumber(options: ParsedCommand['options'], name: string): number | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) fail('cli:usage.badNumber', { option: `--${name}`, value: String(value) });
  return Number(value);
}

/** A string option's value, typed. */
export const stringOption = (options: ParsedCommand['options'], name: string): string | undefined =>
  typeof options[name] === 'string' ? options[name] : undefined;
