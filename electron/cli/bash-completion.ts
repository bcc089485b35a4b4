// `virtdesk completion bash`: the completion script, made from the command table so that it never
// lists a command or an option the command line does not have. Pure (golden file beside the test).
// VM names come from `virtdesk list --names` at completion time, with the folders the line typed so far.
import { GLOBAL_OPTIONS, commandHeads, type CommandSpec, type OptionSpecs } from './command-line.js';

const words = (list: Iterable<string>) => [...new Set(list)].join(' ');
const opts = (o: OptionSpecs, kind?: string) =>
  Object.entries(o)
    .filter(([, k]) => !kind || k === kind)
    .map(([name]) => `--${name}`);

export function bashCompletion(specs: readonly CommandSpec[]): string {
  const heads = commandHeads(specs);
  const branches = heads.map((head) => {
    const group = specs.filter((s) => s.name === head || s.name.startsWith(`${head} `));
    const subs = group.filter((s) => s.name !== head).map((s) => s.name.split(' ')[1]!);
    const takesName = group.some((s) => s.args[0] === 'NAME');
    return [
      `    ${head})`,
      `      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "${words(group.flatMap((s) => opts(s.options)))} $globals" -- "$cur")); return; fi`,
      subs.length ? `      if (( npos == 1 )); then COMPREPLY=($(compgen -W "${words(subs)}" -- "$cur")); return; fi` : '',
      takesName ? `      if (( npos == ${subs.length ? 2 : 1} )); then _virtdesk_names; fi` : '',
      '      ;;',
    ]
      .filter(Boolean)
      .join('\n');
  });
  // Options whose next word is their value: it is no positional, and it is completed as a file name.
  const valued = words([...opts(GLOBAL_OPTIONS, 'string'), ...specs.flatMap((s) => opts(s.options, 'string'))]).split(' ');
  const folders = opts(GLOBAL_OPTIONS, 'string');
  return `# bash completion for virtdesk: source <(virtdesk completion bash)
_virtdesk_names() {
  local IFS=$'\\n' name
  for name in $(virtdesk "\${folders[@]}" list --names 2>/dev/null); do
    [[ $name == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$name")")
  done
}
_virtdesk() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} globals="${words(opts(GLOBAL_OPTIONS))}"
  local cmd="" npos=0 i w folders=()
  COMPREPLY=()
  case $prev in
    ${valued.join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  for (( i = 1; i < COMP_CWORD; i++ )); do
    w=\${COMP_WORDS[i]}
    case $w in
      ${folders.join('|')}) folders+=("$w" "\${COMP_WORDS[i+1]}"); (( i++ )) ;;
      ${valued.filter((o) => !folders.includes(o)).join('|')}) (( i++ )) ;;
      -*) ;;
      *) if [[ -z $cmd ]]; then cmd=$w; else (( npos++ )); fi ;;
    esac
  done
  if [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W "${words(heads)} host $globals --headless" -- "$cur"))
    return
  fi
  (( npos++ ))
  case $cmd in
${branches.join('\n')}
  esac
}
complete -F _virtdesk virtdesk
`;
}
