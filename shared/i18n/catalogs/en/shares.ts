// English: the source text. Keys are grouped by screen or job; {{name}} marks a parameter.
// Shared folders (issue 17): the hardware editor's page, the engine's refusals and start failures, and
// what their QEMU options do (electron/engine/argv/explain-args.ts).
export default {
  policy: {
    subject: 'The shared folder {{file}}',
    cause: {
      own: 'is in this VM’s own folder, with its disks and VirtDesk’s files',
      virtdesk: 'is inside VirtDesk’s own folders ({{root}}), where the VMs’ disks and files are',
      holds: 'holds VirtDesk’s folder {{root}}, so the guest would reach every VM’s disks',
      notFolder: 'is not a folder',
      notReadable: 'cannot be read by this user',
      notWritable: 'cannot be written by this user',
    },
    fix: {
      pickOther: 'pick a folder of your own outside VirtDesk’s folders, or a subfolder that does not hold them',
      pickFolder: 'pick a folder (the guest mounts a whole folder, not a file)',
      permissions: 'check its permissions and those of the folders above it',
      readOnly: 'tick "Read-only", or give this user write permission',
    },
  },
  start: {
    failed:
      'Cannot start: the shared folder "{{tag}}" ({{path}}) could not be served: {{cause}}. Check the folder, or remove it in Settings → Shared folders.',
    vanished: 'the folder no longer exists',
  },
  extraArgs: {
    cause: 'VirtDesk shares host folders itself, after checking which folders a VM may reach',
    fix: 'Add the folder in the Shared folders settings instead (virtiofs or 9p, read-only if you like), and remove it',
  },
  state: {
    virtiofs:
      'the VM shares {{tags}} over virtiofs, and QEMU cannot save the state of a virtiofs device (its open files live in virtiofsd, outside QEMU). Shut the VM down first: a snapshot of a stopped VM holds its disks',
  },
  transport: {
    virtiofs: 'virtiofs',
    '9p': '9p',
    why: {
      virtiofs: 'virtiofsd, a process of its own, serves the folder: faster than 9p.',
      readOnly: 'This QEMU’s virtiofsd cannot share a folder read-only, so QEMU itself serves it over 9p, read-only.',
      noVirtiofsd: 'virtiofsd cannot run here (it is missing, or needs root), so QEMU itself serves the folder over 9p.',
    },
  },
  page: {
    none: 'No shared folders: the guest sees no folder of this computer.',
    title: 'Shared folder {{n}}',
    remove: 'Remove shared folder {{n}}',
    removeHint: 'Stop sharing this folder (the folder itself stays as it is)',
    folder: 'Folder on this computer',
    browse: 'Choose the folder of shared folder {{n}}',
    tag: 'Mount tag',
    tagHint: 'The name the guest mounts it by.',
    readOnly: 'Read-only',
    transport: 'Shared with',
    mount: 'In the guest (as root)',
    mountHintVirtiofs: 'The guest’s Linux needs the virtiofs module (most distributions have it, from Linux 5.4).',
    mountHint9p: 'The guest’s Linux needs the 9p and 9pnet_virtio modules (most distributions have them; some cloud kernels do not).',
    add: 'Add a shared folder',
  },
  teach: {
    memoryBackend:
      'The guest’s RAM as shared memory (a memfd, share=on): virtiofsd, a separate process, reads and writes the guest’s buffers in place, so it must be able to map that memory.',
    virtiofsSocket: 'The socket of virtiofsd, the process that serves a shared folder (vhost-user: QEMU hands it the virtio queues).',
    virtiofsDevice:
      'A shared folder over virtiofs: FUSE requests travel over virtio queues to virtiofsd, which runs them on the host folder (no DAX window here: data is copied through the queues). Faster than 9p: the guest keeps what it read in its own cache (cache=auto) and virtiofsd answers on several threads, where 9p costs a round trip to QEMU for nearly every operation; and it behaves like a local file system (the guest mounts it with mount -t virtiofs {{tag}} /mnt).',
    fsdev: 'A host folder QEMU serves itself over 9p (the Plan 9 file protocol).',
    fsdevReadOnly: 'A host folder QEMU serves itself over 9p (the Plan 9 file protocol), read-only: QEMU refuses every write.',
    virtio9p:
      'A shared folder over 9p (virtio-9p): each file operation is a 9p message that QEMU answers itself, simpler than virtiofs but slower. The guest mounts it with mount -t 9p -o trans=virtio,version=9p2000.L {{tag}} /mnt.',
  },
};
