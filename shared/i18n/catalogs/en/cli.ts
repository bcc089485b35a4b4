// English: the source text of the command line's own words (electron/cli/): its help, its tables and
// its complaints about the command typed. What the engine says comes from the engine's namespaces.
// Command and option names, VM names, paths and exit statuses are parameters or literal: never translated.
export default {
  help: `Commands (they talk to the running VirtDesk, or start its engine for the duration of the command):
  virtdesk list [--names]                the VMs, their state, CPUs and memory (--names: the names alone)
  virtdesk info NAME                     one VM's settings and state
  virtdesk start NAME [--disposable]     boot it (or restore its saved state)
  virtdesk shutdown NAME [--timeout S]   ask its guest agent or press its power button, then wait until it is off (forced off after S seconds)
  virtdesk force-off NAME                pull the plug
  virtdesk console NAME                  its serial console on this terminal; Ctrl+] leaves
  virtdesk monitor NAME                  the QEMU monitor on this terminal; Ctrl+] leaves
  virtdesk create --name NAME [--memory MIB] [--cpus N] [--iso FILE | --kernel FILE [--initrd FILE] [--append TEXT] | --import FILE]
                  [--disk-size GIB | --no-disk] [--network user|none] [--accel auto|kvm|tcg] [--display none|vnc] [--console serial|virtio] [--os ID]
  virtdesk create --from FILE.json [flags that override the file]
  virtdesk snapshot list|create|revert|delete NAME [SNAPSHOT] [--description TEXT]
  virtdesk lab create SOURCE LAB [--count N] [--keep-nat]
                                         N linked clones of SOURCE (3 by default), LAB-1..LAB-N, on the private network LAB
  virtdesk lab delete LAB [--force-off]  every VM of the lab with its files (never the source VM or the base they share)
  virtdesk network list|create|delete [NETWORK]   private networks between VMs, their groups and members
  virtdesk export NAME [--output FILE]   a shell script that runs the VM without VirtDesk
  virtdesk completion bash               bash completion (add "source <(virtdesk completion bash)" to ~/.bashrc)
NAME is a VM's name or id. Every command takes --json (the result, or the error, as JSON on stdout),
--data-dir DIR and --runtime-dir DIR.
Exit status: 0 done, 1 failed, 2 bad command or input, 3 no such VM or snapshot, 4 not possible in the VM's state (or name taken).`,
  usage: {
    unknownCommand: 'Unknown command "{{command}}". Commands: {{commands}}. See virtdesk --help.',
    noCommand: 'Give a command: {{commands}}. See virtdesk --help.',
    unknownOption: 'The option {{option}} does not exist for "{{command}}". See virtdesk --help.',
    missingValue: 'The option {{option}} needs a value, as in {{option}}=VALUE.',
    noValue: 'The option {{option}} takes no value: write {{option}} alone.',
    missingArg: '"{{command}}" needs {{arg}}: virtdesk {{command}} {{args}}.',
    extraArg: '"{{command}}" takes no further argument, and "{{arg}}" is one too many. See virtdesk --help.',
    badNumber: '{{option}} must be a whole number, not "{{value}}".',
    oneSource: 'Give one of --iso, --kernel and --import, not several.',
    readFile:
      'Cannot read {{file}}: {{cause}}. Give the path of a JSON file holding the new VM (as "virtdesk create --json" prints in "input").',
    notJson: '{{file}} is not a JSON object ({{cause}}). Write the new VM as one JSON object.',
  },
  vm: {
    notFound: 'No VM is named or has the id "{{name}}". See the names with: virtdesk list',
    ambiguous: 'Several VMs are named "{{name}}": name it by its id ({{ids}}).',
  },
  issue: '{{field}}: {{message}}',
  invalidInput: 'The input is not valid:',
  engine: {
    gone: 'The connection to VirtDesk at {{url}} closed before it answered. Is it still running? Try again.',
    unreachable:
      'VirtDesk (pid {{pid}}) holds {{lock}} but does not answer at {{url}}: {{cause}}. Wait for it to finish starting and try again; if it hangs, stop it with `kill {{pid}}` (its VMs keep running and are re-attached); if process {{pid}} is not VirtDesk, remove {{lock}}.',
  },
  list: {
    empty: 'No VMs yet. Create one with: virtdesk create --name NAME --iso FILE',
    name: 'NAME',
    state: 'STATE',
    cpus: 'CPUS',
    memory: 'MEMORY',
    id: 'ID',
  },
  info: {
    /** A label before its value (French puts a no-break space before the colon). */
    label: '{{label}}:',
    name: 'Name',
    id: 'Id',
    state: 'State',
    accel: 'Accelerator',
    pid: 'QEMU pid',
    cpus: 'CPUs',
    memory: 'Memory',
    firmware: 'Firmware',
    machine: 'Machine',
    disk: 'Disk',
    cdrom: 'CD-ROM',
    kernel: 'Kernel',
    nic: 'Network',
    console: 'Console',
    display: 'Display',
    description: 'Description',
    problem: 'Problem',
    warning: 'Warning',
    emptyDrive: 'empty',
    diskLine: '{{file}} ({{format}}, {{bus}})',
    nicUser: '{{model}} {{mac}}, user-mode NAT',
    nicBridge: '{{model}} {{mac}}, bridge {{bridge}}',
    nicPrivate: '{{model}} {{mac}}, private network {{network}}',
    forward: '{{proto}} host {{hostPort}} -> guest {{guestPort}}',
  },
  snapshot: {
    none: 'No snapshots of {{name}}.',
    name: 'NAME',
    taken: 'TAKEN',
    kind: 'KIND',
    description: 'DESCRIPTION',
    live: 'live ({{size, bytes}})',
    disks: 'disks only',
    unavailable: 'Snapshots are not possible for this VM: {{reason}}',
  },
  done: {
    start: '{{name}} is {{state}}.',
    shutdown: '{{name}} is {{state}}.',
    forceOff: '{{name}} is {{state}}.',
    create: 'Created {{name}} ({{id}}).',
    snapshotCreate: 'Took the snapshot {{snapshot}} of {{name}}.',
    snapshotRevert: '{{name}} is back at the snapshot {{snapshot}}.',
    snapshotDelete: 'Deleted the snapshot {{snapshot}} of {{name}}.',
    exported: 'Wrote {{file}}.',
  },
  console: {
    attached: 'Connected to {{name}} ({{stream}}). Press Ctrl+] to leave.',
    left: 'Left the console of {{name}}.',
    closed: 'The console of {{name}} closed: the VM stopped, or VirtDesk did.',
  },
} as const;
