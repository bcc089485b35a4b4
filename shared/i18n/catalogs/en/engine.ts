// English: the source text. Keys are grouped by screen or job; {{name}} marks a parameter.
// The engine's own sentences (electron/engine: VMs, their QEMU processes, consoles, tasks, settings,
// its folders), the desktop app's menus and dialogs (electron/main) and the command line (electron/cli.ts).
// File paths, pids, ports, option names and QEMU's own words are parameters, never translated.
export default {
  /** Text no catalog has (QEMU's or Node's own words, an older module's): the same in every language. */
  verbatim: '{{text}}',
  /** One sentence after another, each in the reader's language. */
  sentences: '{{first}} {{next}}',
  /** A VM's state inside a sentence ("the VM is {{state}}"). */
  state: {
    stopped: 'stopped',
    starting: 'starting',
    running: 'running',
    paused: 'paused',
    'shutting-down': 'shutting down',
    saved: 'saved',
    crashed: 'crashed',
    broken: 'broken',
  },
  /** What could not be done, at the head of a sentence that says why (per VmAction, and a few more). */
  cannot: {
    start: 'Cannot start',
    startDisposable: 'Cannot start disposable',
    shutdown: 'Cannot shut down',
    forceOff: 'Cannot force off',
    pause: 'Cannot pause',
    resume: 'Cannot resume',
    reset: 'Cannot reset',
    reboot: 'Cannot reboot',
    saveState: 'Cannot save the state',
    discardSavedState: 'Cannot discard the saved state',
    clone: 'Cannot clone',
    delete: 'Cannot delete',
    openConsole: 'Cannot open the console',
    attachConsole: 'Cannot use the console',
    screenshot: 'Cannot take a screenshot',
    sendKeys: 'Cannot send keys',
    readDrives: 'Cannot read its drives',
    because: '{{cannot}}: {{cause}}',
    notRunning: '{{cannot}}: the VM is not running.',
    notRunningState: '{{cannot}}: the VM is not running (it is {{state}}).',
    inState: '{{cannot}}: the VM is {{state}}.',
  },
  /** Why an action is not possible in the VM's state (shared/vm-actions.ts: the buttons and the engine). */
  refusal: {
    sentence: '{{cannot}}: the VM is {{state}}; {{fix}}.',
    disposableSave: 'Cannot save the state of a disposable run: its disk changes exist only as long as QEMU runs. Shut it down instead.',
    fix: {
      broken: 'its vm.json cannot be read: fix the file, or delete the VM',
      saved: 'restore it (Start) or discard the saved state first',
      noSavedState: 'it has no saved state',
      startFirst: 'start it first',
      tryAgain: 'try again',
      shutDownFirst: 'shut it down (or force it off) first',
      waitStarted: 'wait until it has started',
      waitOff: 'wait until it is off, or force it off',
      resumeFirst: 'resume it first',
      runningAlready: 'it is running already',
    },
  },
  vm: {
    notFound: 'No VM has the id {{id}}: it may have been deleted; list the VMs again.',
    unusable: 'This VM cannot be used: {{reason}}',
    outsideLock: 'The definition of {{id}} was written outside its lock: please report this.',
    savedHardware:
      "The VM's state is saved, and the saved guest expects the hardware it had: restore it (Start) or discard the saved state before changing its settings.",
  },
  /** vm.json files that cannot be used (the VM is listed as broken, with this reason). */
  store: {
    unreadable: '{{file}}: cannot be read ({{code}}). Restore it from a backup or delete the folder.',
    invalid: "{{file}}: {{why}}. Fix the file by hand or delete the VM's folder; VirtDesk will not overwrite it.",
    notJson: 'is not valid JSON ({{detail}})',
    idMismatch: 'its id {{id}} does not match its folder',
    notObject: 'vm.json does not hold a JSON object',
    badVersion: 'vm.json has an invalid schemaVersion ({{version}})',
    newer: 'vm.json was written by a newer VirtDesk (schema {{version}}; this one reads up to {{supported}}): update VirtDesk',
    noUpgrade: 'no upgrade from vm.json schema {{version}}',
  },
  /** settings.json that cannot be used: it is set aside, and the person is told once. */
  settings: {
    unreadable: 'cannot be read ({{code}})',
    notJson: 'is not valid JSON ({{detail}})',
    notObject: 'does not hold an object of settings',
    badValue: 'has a value VirtDesk cannot use ({{issues}})',
    keptAside:
      'Your settings file {{why}}. VirtDesk kept it as {{kept}} and uses the default settings: set your settings again in Settings (the kept file shows what they were), then delete the kept file.',
    notRenamed: '{{file}} {{why}} and could not be renamed ({{code}})',
    blockedNotice: '{{blocked}}. VirtDesk uses the default settings and will not save settings until you fix or remove that file.',
    notSaved: 'Settings are not saved: {{blocked}}. Fix or remove that file, then try again.',
  },
  /** Checks a VM definition must pass (check-definition.ts); {{field}} is the input's dotted path. */
  check: {
    fieldProblem: '{{field}}: {{problem}}',
    nameTaken: 'a VM named "{{name}}" exists already: choose another name.',
    hostCpu: '"host" needs KVM, and this VM uses emulation (TCG): choose "max" instead.',
    unknownCpu: 'this QEMU ({{version}}) has no CPU model "{{model}}": pick one from its list (e.g. max, qemu64, Skylake-Client).',
    sameFile: '{{file}} is the same file as disk {{n}} ({{other}}): a disk image can be attached once, remove one of them.',
    portClash: '{{clash}} Choose another host port.',
    portBusy: 'host port {{port}}/{{proto}} is already in use by another program on this host: choose another host port.',
  },
  /** Consoles, screenshots and keys (guest-io.ts). */
  console: {
    noSerial: 'This VM has no serial port: add one in its settings (Serial ports), then restart it.',
    noVirtioConsole:
      'This VM has no virtio console (hvc0): its console is the serial port (serial0). Open that one, or choose the virtio console in its settings (Serial ports), then restart it.',
    noDisplay: 'This VM has no display: add one in its settings (Display: VNC), then restart it.',
    notConnected: 'The console is not connected yet: try again in a moment.',
    badKeys: 'keys: QEMU did not accept the keys {{keys}}: {{cause}}. Use QEMU qcodes such as ctrl, alt, delete, f1.',
  },
  deletion: {
    notAFile: 'deleteFiles: {{file}} is not a file of this VM: untick it (VirtDesk deletes only the files deletionPlan lists).',
    usedBy: 'deleteFiles: {{file}} is used by {{users}}: deleting it would break them. Untick it.',
    running: 'The VM is running: confirm that it should be forced off first (forceOff: true).',
    qemuRuns: 'QEMU still runs for this VM (pid {{pid}}): confirm that it should be stopped first (forceOff: true).',
  },
  /** Why a VM's disks or snapshots must not be touched now (lower case: they follow "Cannot ...:"). */
  busy: {
    disksLocked:
      'the VM is {{state}}, and QEMU holds a lock on its disks: changing them under a running guest would corrupt them. Shut it down first.',
    disksSaved: "the VM's state is saved and expects its disks exactly as they are: restore it (Start) or discard the saved state first.",
    snapshotSaved: "the VM's state is saved: restore it (Start) or discard the saved state first.",
    disposable: 'this is a disposable run: its disk changes go to temporary files, so there is nothing to snapshot.',
    transition: 'the VM is {{state}}: wait until it runs or is off.',
  },
  power: {
    remedyNotApplicable: '"{{remedy}}" does not apply to this VM now (it is {{state}}).',
    noQemu: 'qemu-system-x86_64 was not found: install it with "apt-get install qemu-system-x86".',
    socketTooLong: '{{error}}. Set VIRTDESK_RUNTIME_DIR to a shorter folder.',
    restoreFailed: 'The saved state could not be restored: {{cause}}. It is kept; "Discard saved state" boots the VM afresh instead.',
    forcedOff:
      '{{name}} did not shut down within {{timeout, number}} s and was forced off: the guest did not act on the power button (ACPI) in time, so anything it had not saved is lost. Shut it down from inside the guest next time, or give it longer.',
    saveCancelled: 'Saving was cancelled; the VM carries on running.',
    saveFailed: 'QEMU could not save the state: {{cause}}',
    restoreStateFailed: 'QEMU could not restore the state: {{cause}}',
  },
  /** The supervisor of a VM's QEMU (process/vm-process.ts). */
  process: {
    already: 'The VM is already {{state}}.',
    spawnFailed: 'QEMU could not be started: {{cause}}.',
    checkSettings: "Check the VM's settings (Show command line) and try again.",
    binaryMissing: '{{binary}} was not found: install it with "apt-get install qemu-system-x86".',
    didNotStart: 'QEMU did not start.',
    didNotStartExit: 'QEMU did not start ({{exit}}).',
    startCancelled: 'The start was cancelled: the VM was forced off.',
    diedAtStart: 'QEMU stopped right after starting: {{cause}}',
    consoleFailed: 'Could not attach the console: {{cause}}',
    rebootIncomplete: 'The reboot did not complete: {{cause}}. Reset or force off the VM.',
    notRunning: 'The VM is not running (it is {{state}}).',
    stopTimeout: 'QEMU did not stop within {{s, number}} s.',
    endedAway: 'QEMU (pid {{pid}}) ended without shutting down while VirtDesk was not running.',
    endedAwayExit: 'QEMU (pid {{pid}}) ended without shutting down while VirtDesk was not running ({{exit}}).',
    qmpSilent: 'QEMU runs (pid {{pid}}) but its QMP socket does not answer: {{cause}}',
  },
  /** Why a QEMU ended (process/exit-reason.ts). */
  exit: {
    signal: 'killed by {{signal}}',
    code: 'exit code {{code}}',
    aborted: 'exit code {{code}}, aborted',
    qemuPid: 'QEMU (pid {{pid}})',
    ended: '{{who}} ended unexpectedly.',
    endedExit: '{{who}} ended unexpectedly ({{exit}}).',
    logSignal: "QEMU's log says it was terminated by signal {{signal}}.",
    logSignalFrom: "QEMU's log says it was terminated by signal {{signal}} sent by pid {{pid}}.",
    logSignalFromCommand: "QEMU's log says it was terminated by signal {{signal}} sent by pid {{pid}} ({{command}}).",
    logAssertion: "QEMU's log shows a failed assertion (QEMU then aborts): {{line}}",
    unknowable:
      "Its exit status and signal cannot be known: it was started before VirtDesk last restarted, so it is not VirtDesk's child and only the process that adopted it (usually init) learns them.",
    seeLog: "See its last log lines; if the host ran short of memory, the kernel's log (dmesg) names the process it killed.",
  },
  watchdog: {
    noSignOfLife:
      'No sign of life for {{s, number}} s under KVM: the guest printed nothing and its virtual CPUs ran no guest code (they spin in the host kernel). On some hosts, nested virtualization especially, KVM hangs guests like this. Restart it with emulation, or keep waiting.',
  },
  stats: {
    noNetCounters: "QEMU's user-mode network (NAT) keeps no byte counters, so there is no network graph for it; bridged NICs have one.",
  },
  /** Long work shown in the task list. */
  task: {
    saving: 'Saving the state to disk',
    restoring: 'Restoring the saved state',
    creating: 'Creating the VM',
    notRunning: 'That task is not running (it has finished, or the id is wrong): list the tasks again.',
    notCancellable: '"{{title}}" cannot be cancelled once started: QEMU offers no clean way to stop it.',
  },
  /** The runtime folder (sockets, pidfiles) must be private: why it is refused (fs-safety/private-dir.ts). */
  runtimeDir: {
    refused:
      'VirtDesk will not use the runtime folder {{dir}}: {{cause}}. Remove it (rm -r {{dir}}) if nothing of yours is in it, or point VirtDesk at a private folder of yours: set XDG_RUNTIME_DIR (usually /run/user/<your uid>) or VIRTDESK_RUNTIME_DIR (or --runtime-dir).',
    cannotCreate: 'it cannot be created ({{code}})',
    symlink: 'it is a symbolic link (to {{target}}), which whoever made it can point elsewhere',
    notFolder: 'it is not a folder',
    notYours: "it belongs to {{owner}}, not to you (uid {{uid}}): that user could move your VMs' sockets away",
    openMode: "its mode is {{mode}}: other users can write to it and could move your VMs' sockets away",
    parentOwner: 'the folder above it, {{parent}}, belongs to {{owner}}: that user could replace it',
    parentMode:
      'the folder above it, {{parent}}, has mode {{mode}}: other users can write to it (and it is not sticky like /tmp), so they could replace it',
  },
  /** serve(): a call the engine cannot take. */
  serve: {
    unknownMethod: 'method: unknown method {{name}}: use one of {{methods}}.',
    notAName: 'a {{type}}',
    internal: "Internal error in {{method}}: {{cause}}. Please report it with the engine's log.",
  },
  /** One engine per user and data folder (engine-lock.ts): who holds it and how to stop it. */
  lock: {
    heldByHeadless:
      'Another VirtDesk engine already runs on these folders: `virtdesk --headless`, process {{pid}}, at {{url}} (since {{since}}). Use that one, or stop it first with `kill {{pid}}` (its VMs keep running and are re-attached). If process {{pid}} is not VirtDesk, remove {{file}}.',
    heldByCommand:
      'A `virtdesk` command (process {{pid}}, since {{since}}) is using these folders with an engine of its own, at {{url}}; it lets go of them when the command ends. Wait for it, or stop it with `kill {{pid}}` (its VMs keep running and are re-attached). If process {{pid}} is not VirtDesk, remove {{file}}.',
    heldByApp:
      'The VirtDesk desktop app (process {{appPid}}) already runs the engine for these folders: its engine process {{pid}}, at {{url}} (since {{since}}). Use the app, or quit it first (File > Quit, or `kill {{appPid}}`; its VMs keep running and are re-attached). If process {{pid}} is not VirtDesk, remove {{file}}.',
  },
  /** The desktop app (electron/main): its menus, dialogs and windows. */
  desktop: {
    menu: {
      file: 'File',
      quit: 'Quit',
      edit: 'Edit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      delete: 'Delete',
      selectAll: 'Select All',
      view: 'View',
      reload: 'Reload',
      devTools: 'Toggle Developer Tools',
      actualSize: 'Actual Size',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      fullScreen: 'Toggle Full Screen',
      window: 'Window',
      minimize: 'Minimize',
      close: 'Close',
      newVm: 'New VM…',
      host: 'Host',
      help: 'Help',
      helpContents: 'VirtDesk Help',
      about: 'About VirtDesk',
    },
    aboutText: 'A desktop manager for QEMU/KVM virtual machines.',
    cannotStart: 'VirtDesk cannot start',
    engineStarting: 'The VirtDesk engine is still starting. Try again in a moment.',
    engineGone:
      'The VirtDesk engine stopped before it answered; it is being started again. The action may have been done: check the list once it is back.',
    consoleWindow: 'VirtDesk console',
    /** The Open dialog's filters, per kind of path field. */
    filter: {
      iso: 'ISO images',
      kernel: 'Kernels',
      initrd: 'Initrds',
      disk: 'Disk images',
      any: 'All files',
    },
  },
  /** `virtdesk` on a terminal. Command and option names stay as they are typed. */
  cli: {
    usage: `Usage: virtdesk --headless [--host 127.0.0.1] [--port 0] [--data-dir DIR] [--runtime-dir DIR]
       virtdesk host [--json] [--rerun]

host: can this machine run VMs, with KVM or only with emulation? Checks the CPU, the kvm modules,
/dev/kvm, QEMU, and runs a tiny guest under KVM to see that KVM really works (cached per boot; --rerun
runs it again). Exit status: 0 KVM, 1 emulation only, 2 cannot run VMs.

--headless: serves the VirtDesk UI on http://HOST:PORT/?token=... (port 0 picks a free one). The token in the
printed URL is required; keep it private. Binding to anything but loopback exposes your VMs to the
network: do that only behind a firewall or an SSH tunnel. One engine runs per runtime folder: when one
already does (the desktop app, or another --headless), it is named and the exit status is 1.
Environment: VIRTDESK_DATA_DIR, VIRTDESK_RUNTIME_DIR, VIRTDESK_TOKEN.`,
    badPort: '--port must be a number from 0 to 65535, not "{{value}}".',
    stopped: 'VirtDesk stopped; running VMs keep running and are re-attached at the next start.',
  },
} as const;
