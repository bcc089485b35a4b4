// The completion script run by the real bash: what Tab offers after each kind of word. Here the VM
// names come from a shell function standing in for `virtdesk list --names` (the integration test
// completes names from the real command line).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bashCompletion } from './bash-completion.js';
import { COMMAND_SPECS } from './run-command.js';

const script = bashCompletion(COMMAND_SPECS);

/** What bash offers for the line `words` (the last word is the one being completed). */
function complete(...words: string[]): string[] {
  const program = [
    script,
    `virtdesk() { local IFS=' '; [[ "$*" == *"list --names"* ]] && printf '%s\\n' 'web 1' 'db' "[$*]"; }`,
    `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}`,
    '_virtdesk; printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const run = spawnSync('bash', ['--norc', '-c', program], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter(Boolean).sort();
}

describe('bash completion', () => {
  it('offers the commands, then a command’s options', () => {
    expect(complete('virtdesk', 'sn')).toEqual(['snapshot']);
    expect(complete('virtdesk', 's')).toEqual(['shutdown', 'snapshot', 'start']);
    expect(complete('virtdesk', 'start', '--d')).toEqual(['--data-dir', '--disposable']);
    expect(complete('virtdesk', 'completion', '')).toEqual(['bash']);
    expect(complete('virtdesk', 'snapshot', 're')).toEqual(['revert']);
  });

  it('offers VM names where a NAME goes, quoted for the shell, asking with the folders typed', () => {
    expect(complete('virtdesk', 'console', '')).toEqual(['\\[list\\ --names\\]', 'db', 'web\\ 1']);
    expect(complete('virtdesk', 'snapshot', 'list', 'w')).toEqual(['web\\ 1']);
    expect(complete('virtdesk', '--data-dir', '/d', 'info', '[')).toEqual(['\\[--data-dir\\ /d\\ list\\ --names\\]']);
    expect(complete('virtdesk', 'info', 'db', '')).toEqual([]);
    expect(complete('virtdesk', 'create', '--name', 'x', '--m')).toEqual(['--memory']);
  });
});
