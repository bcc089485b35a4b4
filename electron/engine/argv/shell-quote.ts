// For showing a command to a person and exporting a VM as a shell script: each argument quoted only
// when it needs it, so the line stays readable and pastes into a POSIX shell unchanged. Never used
// to run anything: VirtDesk itself always runs argv arrays.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(arg: string): string {
  if (arg === '') return "''";
  if (SAFE.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'"'"'`)}'`;
}

/** One command per line, long ones broken before each option with " \\", as the course writes them. */
export function formatCommand(program: string, argv: string[]): string {
  const parts = [shellQuote(program)];
  for (let i = 0; i < argv.length; i++) {
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
