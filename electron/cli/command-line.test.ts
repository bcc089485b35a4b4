// The command line's grammar: what `virtdesk ...` is read as, and the sentence for each mistake.
import { describe, expect, it } from 'vitest';
import { namesCommand, parseCommandLine, UsageError, wholeNumber } from './command-line.js';
import { COMMAND_SPECS as specs } from './run-command.js';

const parse = (...argv: string[]) => parseCommandLine(argv, specs);
const mistake = (...argv: string[]) => {
  try {
    parse(...argv);
  } catch (err) {
    if (err instanceof UsageError) return err.said.text;
    throw err;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
};

describe('parseCommandLine', () => {
  it('reads a command, its arguments and its options, global options anywhere', () => {
    expect(parse('start', 'web 1', '--disposable')).toEqual({ command: 'start', args: ['web 1'], options: { disposable: true } });
    expect(parse('--json', '--data-dir', '/d', 'list')).toEqual({ command: 'list', args: [], options: { json: true, 'data-dir': '/d' } });
    expect(parse('shutdown', 'vm', '--timeout=30', '--json')).toEqual({
      command: 'shutdown',
      args: ['vm'],
      options: { timeout: '30', json: true },
    });
  });

  it('reads a group and its subcommand, and "--" ends the options', () => {
    expect(parse('snapshot', 'create', 'vm', 'before upgrade', '--description', 'clean')).toEqual({
      command: 'snapshot create',
      args: ['vm', 'before upgrade'],
      options: { description: 'clean' },
    });
    expect(parse('info', '--', '-odd-name')).toEqual({ command: 'info', args: ['-odd-name'], options: {} });
    expect(parse('completion', 'bash').command).toBe('completion bash');
  });

  it('takes --help (and -h) whatever else is missing', () => {
    expect(parse('start', '--help').options.help).toBe(true);
    expect(parse('snapshot', '-h')).toEqual({ command: 'snapshot', args: [], options: { help: true } });
  });

  it('names the word that is wrong, and what to do', () => {
    expect(mistake('frobnicate')).toBe(
      'Unknown command "frobnicate". Commands: list, info, start, shutdown, force-off, export, console, monitor, create, snapshot, lab, network, completion. See virtdesk --help.',
    );
    expect(mistake('snapshot', 'take', 'vm')).toMatch(/^Unknown command "snapshot take"/);
    expect(mistake('snapshot')).toBe(
      'Unknown command "snapshot". Commands: snapshot list, snapshot create, snapshot revert, snapshot delete. See virtdesk --help.',
    );
    expect(mistake()).toMatch(/^Give a command: list, info/);
    expect(mistake('start')).toBe('"start" needs NAME: virtdesk start NAME.');
    expect(mistake('snapshot', 'revert', 'vm')).toBe('"snapshot revert" needs SNAPSHOT: virtdesk snapshot revert NAME SNAPSHOT.');
    expect(mistake('info', 'a', 'b')).toBe('"info" takes no further argument, and "b" is one too many. See virtdesk --help.');
    expect(mistake('list', '--force')).toBe('The option --force does not exist for "list". See virtdesk --help.');
    expect(mistake('list', '-x')).toBe('The option -x does not exist for "list". See virtdesk --help.');
    expect(mistake('export', 'vm', '--output')).toBe('The option --output needs a value, as in --output=VALUE.');
    expect(mistake('list', '--json=yes')).toBe('The option --json takes no value: write --json alone.');
  });
});

describe('namesCommand', () => {
  it('tells these commands from the entry point’s own (host, --headless)', () => {
    expect(namesCommand(['list'], specs)).toBe(true);
    expect(namesCommand(['--runtime-dir', '/r', '--json', 'snapshot', 'list', 'x'], specs)).toBe(true);
    expect(namesCommand(['host', '--json'], specs)).toBe(false);
    expect(namesCommand(['--headless', '--port', '0'], specs)).toBe(false);
    expect(namesCommand(['--help'], specs)).toBe(false);
    expect(namesCommand([], specs)).toBe(false);
  });
});

describe('wholeNumber', () => {
  it('reads digits and refuses anything else, naming the option', () => {
    expect(wholeNumber({ memory: '512' }, 'memory')).toBe(512);
    expect(wholeNumber({}, 'memory')).toBeUndefined();
    expect(() => wholeNumber({ memory: '1.5' }, 'memory')).toThrow('--memory must be a whole number, not "1.5".');
  });
});
