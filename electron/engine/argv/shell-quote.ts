// For showing a command to a person and exporting a VM as a shell script: each argument quoted only
// when it needs it, so the line stays readable and pastes into a POSIX shell unchanged. Never used
// to run anything: VirtDesk itself always runs argv arrays.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(arg: string): string {
  if (arg === '') return "''";
  if (SAFE.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'"'"'`)}'`;
}

/** Commands with fewer options than this stay on one line, however long their paths (qemu-img). */
const WRAP_FROM_OPTIONS = 6;

/**
 * A command as a person would write it: on one line when it has few options; otherwise the program and its leading
 * words (qemu-img's "create") first, then one option (with its value) per line, joined by " \\".
 */
export function formatCommand(program: string, argv: string[]): string {
  if (argv.filter((a) => a.startsWith('-')).length < WRAP_FROM_OPTIONS) return [program, ...argv].map(shellQuote).join(' ');
  const firstOption = argv.findIndex((a) => a.startsWith('-'));
  const lead = firstOption < 0 ? argv.length : firstOption;
  const parts = [[program, ...argv.slice(0, lead)].map(shellQuote).join(' ')];
  for (let i = lead; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    if (a.startsWith('-') && next !== undefined && !next.startsWith('-')) {
      parts.push(`${shellQuote(a)} ${shellQuote(next)}`);
      i++;
    } else {
      parts.push(shellQuote(a));
    }
  }
  return parts.join(' \\\n    ');
}
