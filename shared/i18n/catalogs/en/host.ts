// English: the source text. Keys are grouped by screen or job; {{name}} marks a parameter.
// The host check (engine), the Host page, the accelerator field, remedies and the Performance tab.
export default {
  // A plain fact as a check's value or label (a version, a path, a program's name).
  fact: '{{value}}',
  // Two sentences of one explanation, in order.
  sentences: '{{first}} {{then}}',

  // The engine's verdict: electron/engine/host/host-report.ts.
  overall: {
    kvm: { title: 'KVM: hardware virtualization', detail: 'VMs run at close to native speed.' },
    tcg: { title: 'Emulation only (TCG): works, 10-50x slower', detail: "VMs run with QEMU's emulator. {{why}}" },
    none: { title: 'Cannot run VMs: install qemu-system-x86', detail: 'qemu-system-x86_64 was not found on PATH.' },
  },
  kvm: {
    usable: 'KVM passed the self-test: VMs use hardware virtualization.',
    missing: '/dev/kvm is missing, so KVM cannot be used.',
    noAccess: '/dev/kvm is there but this user cannot open it (not in the {{group}} group).',
    untested: 'KVM has not been tested yet.',
    failed: '/dev/kvm opens, but KVM failed the self-test: {{detail}}',
  },
  check: {
    arch: {
      label: 'Architecture (uname -m)',
      fix: 'VirtDesk runs x86_64 guests; on this architecture QEMU emulates every instruction (slow).',
    },
    cpuVirt: {
      label: 'CPU virtualization flag',
      vmx: 'vmx (Intel VT-x)',
      svm: 'svm (AMD-V)',
      hidden: 'none shown ({{vendor}}; this host is itself a virtual machine)',
      hiddenFix: 'KVM inside a VM needs nested virtualization on the outer host; the self-test below shows whether it works.',
      none: 'none ({{vendor}})',
      noneFix: 'Enable VT-x (Intel) or AMD-V/SVM in the firmware (BIOS/UEFI) setup, then reboot.',
      unknownVendor: 'unknown vendor',
    },
    modules: {
      label: 'KVM kernel modules',
      pvm: '{{modules}} (PVM: KVM for hosts that are themselves VMs, without VT-x)',
      notLoaded: 'not loaded',
      fix: 'Load the module for this CPU ({{module}}); if that fails, virtualization is off in the firmware.',
    },
    nested: {
      label: 'Nested virtualization (for KVM inside your VMs)',
      notApplicable: 'not applicable (kvm_intel/kvm_amd not loaded)',
      on: 'on',
      off: 'off',
    },
    device: {
      label: '/dev/kvm',
      ok: 'present, readable and writable by you',
      missing: 'missing',
      missingFix: 'Load the KVM modules (see above); /dev/kvm appears with them.',
      noAccess: 'present, but you cannot open it (owned by group {{group}})',
      noAccessFix: 'Add your user to the {{group}} group, then log out and in again.',
    },
    api: {
      label: 'KVM API version',
      unknown: 'unknown (perl is needed to ask)',
      notAvailable: 'not available',
      fix: 'QEMU needs KVM API version 12; update the kernel.',
    },
    selfTest: {
      label: 'KVM self-test (a tiny guest run under KVM)',
      notRun: 'not run yet',
      cannotRun: 'not run: /dev/kvm cannot be used',
      passed: 'passed: {{seen}}/{{expected}} lines in {{ms, number}} ms',
      inconclusive: 'inconclusive',
      failed: '{{result}}: {{seen}}/{{expected}} lines',
      cached: '{{value}} (result from {{at, time}}, this boot)',
      failedFix:
        '{{detail}} VirtDesk uses emulation (TCG) for VMs set to "auto". If this host is a VM, enable nested virtualization on the outer host.',
    },
    program: {
      notFound: 'not found',
      found: '{{file}}, version {{version}}',
      fix: 'Install it (Debian/Ubuntu package {{pkg}}).',
    },
    accel: {
      label: 'Accelerators QEMU offers (-accel help)',
      unknown: 'unknown: QEMU is not installed',
      none: 'none',
      noKvmFix: "This QEMU was built without KVM support: install Debian's qemu-system-x86.",
    },
    memory: {
      label: 'Free memory',
      value: '{{available, mib}} available of {{total, mib}}',
      fix: 'Little memory is free: close programs or give VMs less memory.',
    },
    disk: {
      label: 'Free disk space',
      value: '{{free, bytes}} free in {{path}}',
      fullFix: 'Free some space: new disks and snapshots will fail.',
      lowFix: 'Disks grow as guests write: leave room for them.',
    },
  },
  // What the KVM self-test saw: electron/engine/host/kvm-selftest/classify.ts.
  selfTest: {
    result: { stalls: 'stalls', fails: 'fails', noOutput: 'no-output' },
    usable: 'KVM ran the test guest to the end in {{ms, number}} ms.',
    inconclusive:
      'The test guest did not finish under emulation either ({{lines}}/{{expected}} lines), so this says nothing about KVM. Please report it.',
    inconclusiveError:
      'The test guest did not finish under emulation either ({{lines}}/{{expected}} lines: {{error}}), so this says nothing about KVM. Please report it.',
    fails: 'QEMU stopped under KVM (exit status {{status}}).',
    failsError: 'QEMU stopped under KVM (exit status {{status}}): {{error}}.',
    unknownStatus: 'unknown',
    stalls_one: 'Under KVM the test guest printed {{count}} of {{expected}} lines, then stalled for {{ms, number}} ms.',
    stalls_other: 'Under KVM the test guest printed {{count}} of {{expected}} lines, then stalled for {{ms, number}} ms.',
    stallsWhy: 'Guests such as Linux would hang while booting. This is typical of broken nested virtualization.',
    noOutput: 'Under KVM the test guest printed nothing within {{ms, number}} ms.',
    control: 'Emulation ran the same guest to the end in {{ms, number}} ms.',
  },
  // `virtdesk host`: electron/engine/host/host-text.ts.
  cli: { title: 'VirtDesk host check: {{title}}' },
  service: { noQemu: 'qemu-system-x86_64 was not found: install it with "apt-get install qemu-system-x86".' },
  // Reading QEMU's help output: electron/engine/host/qemu-caps.ts.
  caps: {
    cannotRead: 'Cannot read QEMU capabilities: {{binary}}: {{code}}',
    noMachines: '{{binary}} -machine help: no machine types found in its output: {{output}}',
    couldNotRun: '{{command}} could not run: {{error}}',
    failed: '{{command}} failed (exit {{code}}): {{output}}',
    noErrorOutput: 'no error output',
    empty: '(empty)',
  },
  // A VM that KVM could not run: electron/engine/remedies.ts.
  crash: {
    withModel:
      'KVM could not run this VM with CPU model "{{model}}": QEMU stopped at start. Use a safe CPU model (QEMU\'s default) or run it with emulation (slower).',
    withoutModel: 'KVM could not run this VM: QEMU stopped at start. Run it with emulation (slower).',
  },

  // The Host page: renderer/features/host/.
  page: {
    title: 'Host',
    threads_one: '{{count}} thread',
    threads_other: '{{count}} threads',
    close: 'Close the host page',
    closeTip: 'Back to the selected VM (Ctrl+H)',
    loading: 'Checking the host… The first check runs a KVM self-test and takes a few seconds.',
    checks: 'Checks',
    settings: 'Settings',
  },
  checks: {
    copyCommand: 'Copy the command for “{{what}}”',
    theCommand: 'the command',
    noteRan: 'Self-test ran at {{at}}, took {{s}} s.',
    noteCached: 'Self-test result from {{at}}, took {{s}} s (kept until the host reboots or QEMU changes).',
  },
  rerun: {
    button: 'Run KVM self-test again',
    running: 'Running the KVM self-test…',
    failed: 'Could not run the KVM self-test',
  },
  verdict: { ok: 'OK', warn: 'Warning', error: 'Error', info: 'Information' },
  // Short enough for the status bar; the engine's overall title carries the full sentence.
  mode: { kvm: 'KVM (hardware)', tcg: 'Emulation only (TCG)', none: 'Cannot run VMs' },
  capabilities: {
    title: 'QEMU capabilities',
    summary: '{{binary}} {{version}} · accelerators: {{list}}',
    none: 'none',
    error: 'Could not read QEMU’s capabilities: {{error}}',
    asking: 'Asking QEMU what it offers…',
    waiting: 'Waiting for the engine…',
    filterCount: '{{shown, number}} of {{total, number}}',
    tabs: { machines: 'Machine types', cpus: 'CPU models', devices: 'Devices', firmware: 'Firmware' },
    machines: { name: 'Machine type', description: 'Description', default: 'default', deprecated: 'deprecated' },
    cpus: {
      filter: 'Filter CPU models',
      list: 'CPU models',
      none: 'No CPU model matches “{{filter}}”.',
      name: 'CPU model',
      description: 'Description',
      alias: 'Alias: the machine type picks the version',
      mark: { qemu64: 'QEMU default', host: 'KVM only', max: 'all features' },
    },
    devices: {
      filter: 'Filter devices',
      list: 'Devices',
      none: 'No device matches “{{filter}}”.',
      alias: 'alias {{name}}',
      // QEMU's own categories (-device help); one it adds later is shown as QEMU words it.
      category: {
        network: 'Network devices',
        display: 'Display devices',
        storage: 'Storage devices',
        input: 'Input devices',
        sound: 'Sound devices',
        usb: 'USB devices',
        controller: 'Controller/Bridge/Hub devices',
        misc: 'Misc devices',
        cpu: 'CPU devices',
        watchdog: 'Watchdog devices',
        uncategorized: 'Uncategorized devices',
      },
    },
    firmware: {
      none: 'No firmware descriptors were found. QEMU then uses its built-in SeaBIOS; for UEFI install the “ovmf” package.',
      kind: 'Kind',
      name: 'Firmware',
      secureBoot: 'Secure Boot',
      vars: 'Variables template:',
    },
  },
  settings: {
    reading: 'Reading the settings…',
    watchdog: {
      label: 'KVM watchdog',
      before: 'Warn after',
      after: 'without a sign of life',
      unit: 's',
      hint: 'Seconds a VM running under KVM may print nothing and run no guest code before VirtDesk warns and offers ways out (5–3600).',
      saved: 'KVM watchdog: warns after {{value, number}} s without a sign of life',
      blank: 'Give a number of seconds.',
    },
    scrollback: {
      label: 'Serial console scrollback',
      before: 'Keep the last',
      after: 'of each VM’s serial output',
      unit: 'KiB',
      hint: 'Replayed to every console that opens, and kept in the terminal to scroll back through (1024–65536 KiB).',
      saved: 'Serial console scrollback: the last {{value, number}} KiB are kept',
      blank: 'Give a number of KiB.',
    },
    stats: {
      label: 'Statistics sampling',
      before: 'Sample running VMs every',
      after: 'for the graphs',
      unit: 's',
      hint: 'How often the CPU, memory, disk and network figures of each running VM are read; the graphs keep five minutes (1–60 s).',
      saved: 'Statistics: running VMs are sampled every {{value, number}} s',
      blank: 'Give a number of seconds.',
    },
  },

  // The accelerator field (wizard and hardware editor): renderer/forms/AccelField.tsx, AccelHint.tsx.
  accel: {
    label: 'Accelerator',
    auto: 'Automatic (KVM when usable)',
    autoKvm: 'Automatic — KVM',
    autoTcg: 'Automatic — emulation ({{why}})',
    kvm: 'KVM (hardware)',
    tcg: 'Emulation (TCG, slower)',
    why: {
      selfTest: 'KVM failed the self-test',
      noDevice: 'no /dev/kvm',
      noAccess: 'no access to /dev/kvm',
      unusable: 'KVM is not usable',
    },
    hint: {
      checking: 'Checking the host…',
      tcg: 'Runs on any host, 10–50× slower than KVM.',
      kvmForced: 'Uses KVM whatever the host check says.',
      hostLink: 'See the host check',
    },
    risk: {
      hangsTitle: 'KVM failed the self-test on this host: guests may hang while booting.',
      hangs: 'VirtDesk warns after {{value, number}} s without a sign of life and offers to restart the VM with emulation.',
      hangsNoWatchdog: 'VirtDesk warns when the guest shows no sign of life and offers to restart the VM with emulation.',
      unusableTitle: 'KVM is not usable on this host, so the VM will not start:',
    },
  },
  // One-click ways out when KVM lets a VM down: renderer/lib/remedies.ts.
  remedy: {
    useTcg: {
      label: 'Restart with emulation',
      hint: 'Switch this VM to emulation (TCG) from now on and start it again: slower, but it runs on this host.',
    },
    useSafeCpu: {
      label: 'Use a safe CPU model',
      hint: 'Reset the CPU model to QEMU’s default (qemu64), which KVM runs everywhere, and start it again.',
    },
    keepWaiting: {
      label: 'Keep waiting',
      hint: 'Dismiss this warning; VirtDesk warns again if the guest still shows no sign of life.',
    },
  },
  // The status bar's host at a glance: renderer/shell/StatusBar.tsx.
  statusBar: {
    vms_one: '{{count}} VM, {{running}} running',
    vms_other: '{{count}} VMs, {{running}} running',
    verdictTip: '{{title}}. {{detail}} Click for the host check.',
    qemu: 'QEMU {{version}}',
    qemuMissing: 'QEMU not found',
    reading: 'Reading host capabilities…',
    connecting: 'Connecting to the engine…',
  },

  // The Performance tab: renderer/features/performance/.
  perf: {
    cpu: {
      title: 'CPU',
      caption_one: 'Guest: share of its vCPU. QEMU process: share of one host core, so it may pass 100 %.',
      caption_other: 'Guest: share of its {{count}} vCPUs. QEMU process: share of one host core, so it may pass 100 %.',
      guest: 'Guest',
      qemu: 'QEMU process',
    },
    memory: {
      title: 'Memory',
      caption: 'What QEMU holds in host memory (resident), and what the guest has as its balloon reports it.',
      resident: 'QEMU resident',
      balloon: 'Guest (balloon)',
    },
    disk: { title: 'Disk', caption: 'Bytes per second, all disks together.', read: 'Read', write: 'Write' },
    net: {
      title: 'Network',
      caption: 'Bytes per second as the guest sees them.',
      received: 'Received',
      sent: 'Sent',
      noAdapter: 'This VM has no network adapter.',
      noCounters: 'QEMU gives no network counters for this VM.',
    },
    chartLabel: '{{title}} chart; now: {{figures}}. Arrow keys read the earlier values.',
    figure: '{{label}} {{value}}',
    noFigure: 'no figure',
    status: {
      waiting_one: 'No figures yet: VirtDesk samples a running VM every second, the graphs fill as they come in.',
      waiting_other: 'No figures yet: VirtDesk samples a running VM every {{count}} s, the graphs fill as they come in.',
      waitingUnknown: 'No figures yet: VirtDesk samples a running VM, the graphs fill as they come in.',
      notRunning: 'Start the VM to see its CPU, memory, disk and network use here.',
      sampled_one: 'The last five minutes, sampled every second. Point at a graph for the figures.',
      sampled_other: 'The last five minutes, sampled every {{count}} s. Point at a graph for the figures.',
      sampledUnknown: 'The last five minutes, sampled. Point at a graph for the figures.',
      stopped: 'The VM is not running: these are the last five minutes it ran.',
    },
  },
} as const;
