// English: the source text. The engine's sentences about files, disks and creating VMs: the file policy's
// refusals, extra QEMU arguments, qemu-img, the chooser and library, disks, snapshots, clones, the
// wizard's checks, networks. Each names the file or field, the cause and the fix.
import policy from './files.policy.js';
export default {
  /** Sentences put together from parts (each part a message of its own). */
  join: {
    lines: '{{first}}\n{{rest}}',
    list: '{{first}}, {{rest}}',
  },
  ...policy,
  img: {
    notFound: 'qemu-img was not found ({{bin}}): install it with "apt-get install qemu-utils".',
    missing: 'qemu-img was not found: install it with "apt-get install qemu-utils".',
    failed: 'qemu-img {{what}} failed: {{detail}}',
    exitCode: 'exit code {{code}}',
    locked: '{{stderr}} (a running QEMU uses this image: shut that VM down first)',
    hasSnapshots: '{{stderr}} (qcow2 cannot change size while it holds internal snapshots: delete them first)',
    cancelled: 'The conversion was cancelled; nothing was written.',
    overlay: 'qemu-img could not make an overlay on {{base}}: {{error}}',
    converting: 'Converting {{file}} to {{format}}',
  },
  chooser: {
    notFound: '{{path}} does not exist: check the path, or go up to a folder that exists.',
    notDir: '{{path}} does not exist: a part of the path is a file, not a folder. Check the path.',
    denied:
      "{{path}} cannot be read by the VirtDesk engine's user ({{user}}): permission denied. Choose another folder, or give {{user}} read access to it.",
    loop: '{{path}} is a loop of symbolic links: fix the links, or choose another folder.',
    tooLong: '{{path}} is too long a path for this system: choose a shorter one.',
    other: '{{path}} cannot be listed ({{code}}): choose another folder.',
    notFile: '{{file}} is not a file: choose an ISO image.',
    notIso: '{{file}} is not an ISO image (it looks like {{what}}): choose an .iso file.',
    isFile: '{{folder}} is a file, not a folder: choose the folder it is in.',
    unreadable: "{{folder}} cannot be read by the engine's user: give it read access, or choose another folder.",
  },
  library: {
    defaultMissing: '{{folder}} does not exist or cannot be read: add the folder where your images are.',
    missing: '{{folder}} does not exist: create it, or remove it from the library.',
    denied: "{{folder}} cannot be read by the engine's user: give it read access, or remove it.",
    unreadable: '{{folder}} cannot be read ({{code}}): remove it, or choose another folder.',
    names: 'VirtDesk looked at {{n}} names and stopped: choose smaller folders (the ones your ISO images are in).',
    time: 'The scan stopped after {{seconds, seconds}}: choose smaller folders (the ones your ISO images are in).',
    items: 'The library shows the first {{n}} images it found: choose smaller folders to see the others.',
    unusable:
      "The library's list of folders ({{file}}) {{why}}, so the library shows Downloads. Add your folders again to replace the file.",
    cannotRead: 'cannot be read ({{code}})',
    notJson: 'is not valid JSON ({{error}})',
    notList: 'does not hold a list of absolute folder paths',
  },
  disks: {
    builtOn: '{{vms}} build on this image as their base: changing it would corrupt them.',
    sharedBase: 'A read-only base shared by linked clones ({{vms}}): it stays as it is while they exist.',
    unusedBase: 'A read-only base no VM builds on any more: it can only be deleted (Disks, Delete base…).',
    missingFile: 'The file is missing.',
    shrink:
      "{{size}} bytes is smaller than the disk is now ({{now}}): shrinking destroys everything past the new end. Shrink the guest's file systems and partitions first, then confirm the shrink.",
    noDisk: 'This VM has no disk {{n}}: use the index of one of its disks (listDisks).',
    cannotResize: 'Cannot resize {{file}}: {{reason}}',
    cannotConvert: 'Cannot convert {{file}}: {{reason}}',
    cannotCheck: 'Cannot check {{file}}: {{reason}}',
    noChecks: 'This image format has no consistency checks.',
    corrupt: '{{corruptions}} corrupted cluster(s): restore this disk from a backup, or try "qemu-img check -r all" on a copy.',
    corruptLeaks:
      '{{corruptions}} corrupted cluster(s) and {{leaks}} leaked: restore this disk from a backup, or try "qemu-img check -r all" on a copy.',
    leaks: '{{leaks}} leaked cluster(s): space is wasted but no data is harmed ("qemu-img check -r leaks" reclaims it).',
    clean: 'No errors were found on the image.',
  },
  bases: {
    gone: '{{file}} does not exist (any more): nothing to delete.',
    notBase:
      "{{file}} is not a linked-clone base: VirtDesk deletes only image files directly in its bases folder ({{bases}}) this way. Remove a VM's disk with the VM (Delete…).",
    unreadableVms_one:
      'Cannot tell whether {{vms}} builds on {{base}}: its definition cannot be read. Repair or delete that VM first, then delete the base.',
    unreadableVms_other:
      'Cannot tell whether {{vms}} build on {{base}}: its definition cannot be read. Repair or delete that VM first, then delete the base.',
    inUse: '{{base}} is the base of {{users}}: deleting it would destroy their disks. Delete them first; then this base can go.',
    unknownUsers:
      'Cannot tell whether {{vms}} build on {{base}}: qemu-img cannot read their disks. Fix those disks (see the Disks view) first.',
    theBase: 'the base {{file}}',
  },
  snapshots: {
    exists: 'There is a snapshot named "{{name}}" already: choose another name.',
    none: 'There is no snapshot named "{{name}}".',
    diskOnly: '"{{name}}" holds the disks only (it was taken with the VM off): shut the VM down, then revert to it.',
    inconsistent: "{{error}}. The guest's memory is now inconsistent: reset or force off the VM.",
    cannotTake: 'Cannot take a snapshot: {{reason}}',
    cannotRevert: 'Cannot revert to a snapshot: {{reason}}',
    cannotDelete: 'Cannot delete a snapshot: {{reason}}',
    taking: 'Taking snapshot "{{name}}"',
    reverting: 'Reverting to "{{name}}"',
    deleting: 'Deleting snapshot "{{name}}"',
    lostJob: 'QEMU lost track of its {{command}} job.',
    failed: '{{command}} failed: {{error}}',
    noWritableDisk: 'This VM has no writable disk to hold snapshots: add a qcow2 disk first.',
    notQcow2:
      '{{file}} is a {{format}} image, and only qcow2 images can hold snapshots: convert it to qcow2 (Disks, Convert, "use the converted image") first.',
    uefi:
      'This VM boots UEFI, and its firmware variables (OVMF_VARS.fd) are a raw file QEMU cannot snapshot: a revert ' +
      'would put the disks back but not the boot entries that go with them. VirtDesk does not snapshot UEFI VMs; ' +
      'clone the VM (full copy) to keep a restore point instead.',
  },
  clone: {
    snapshots_one:
      '{{file}} holds {{count}} snapshot: in a shared base it would be out of reach of both VMs. Delete it (Snapshots tab), or make a full copy.',
    snapshots_other:
      '{{file}} holds {{count}} snapshots: in a shared base they would be out of reach of both VMs. Delete them (Snapshots tab), or make a full copy.',
    unreadable: 'The disks cannot be read: {{error}}',
    nameTaken: 'A VM named "{{name}}" exists already: choose another name.',
    cloning: 'Cloning to "{{name}}"',
  },
  create: {
    macTaken: 'The MAC {{mac}} belongs to the VM "{{vm}}": leave it empty to get a new one.',
    noMachine: 'This QEMU ({{version}}) has no machine type "{{machine}}": pick one from its list (e.g. pc or q35).',
    noOvmf: 'firmware: UEFI firmware (OVMF) is not installed: install the "ovmf" package, or choose BIOS.',
    noOvmfVm: 'UEFI firmware (OVMF) is not installed: install the "ovmf" package, or switch this VM to BIOS.',
    memoryShare: "{{memory}} MiB is more than 80% of this host's {{total}} MiB: the host may start swapping.",
    kvmUnusable: 'KVM was chosen but {{detail}}',
    kvmUnusableArgv: 'KVM was chosen but the host check says it is not usable here.',
    idTaken:
      'The planned VM id {{id}} is taken already (by {{owner}}): check the new plan Review shows and create again (API: leave id out for a fresh one).',
    theVm: 'the VM "{{name}}"',
    aFolder: 'a VM folder',
    dataFolder: 'the data folder {{path}}',
    convertSpace:
      "Converting the image copies about {{size}} into the VM's folder, and {{where}} has {{free}} free: free some space, or keep the image where it is (overlay or use in place).",
    rawSpace:
      'A raw disk of {{size}} is a file of that full size (copies write all of it out, and the guest can fill it), and {{where}} has {{free}} free: give a smaller size, or choose qcow2, whose file holds only what the guest wrote.',
    growNew:
      'The {{size}} {{format}} disk can grow larger than the {{free}} free in {{where}}: when that fills up, the guest stops with an I/O error. Free some space, or give a smaller size.',
    growOverlay:
      'The {{size}} overlay disk can grow larger than the {{free}} free in {{where}}: when that fills up, the guest stops with an I/O error. Free some space, or give a smaller size.',
    mib: '{{n, number}} MiB',
    gib: '{{n, number}} GiB',
    noFreePort: 'No free host port from {{port}} on: type one yourself.',
  },
  net: {
    forwardedTwice: 'Host port {{port}}/{{proto}} is forwarded twice in this VM.',
    forwardedByOther: 'Host port {{port}}/{{proto}} is already forwarded by the VM "{{vm}}".',
    problem: '{{problem}} {{fix}}',
    noBridge: 'There is no bridge called {{bridge}} on this host.',
    noBridgeFix: 'Create it (e.g. with NetworkManager: nmcli con add type bridge ifname {{bridge}}) or pick an existing bridge.',
    noHelper: '{{helper}} is missing.',
    noHelperFix: 'Install qemu-system-common (it ships the bridge helper).',
    notSetuid: '{{helper}} is not setuid root, so it cannot attach VMs to a bridge.',
    notSetuidFix: 'sudo chmod u+s {{helper}}',
    notAllowed: '{{conf}} does not allow the bridge {{bridge}}.',
    notAllowedFix: 'Add the line "allow {{bridge}}" to {{conf}} (as root: echo \'allow {{bridge}}\' | sudo tee -a {{conf}}).',
  },
  argv: {
    socketTooLong: 'socket path too long for Unix sockets ({{bytes}} bytes): {{path}}',
    tooManyDevices: 'Too many {{bus}} devices for this machine type: move some disks or CD-ROMs to virtio or SCSI.',
  },
} as const;
