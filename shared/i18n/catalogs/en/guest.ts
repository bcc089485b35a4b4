// English: the source text. Keys are grouped by screen or job; {{name}} marks a parameter.
// The QEMU guest agent: its channel on the command line, what it reports, the switch that adds it.
export default {
  teach: {
    channel:
      'The QEMU guest agent’s channel: a virtio-serial port named org.qemu.guest_agent.0, where qemu-ga in the guest listens. Through it the host asks the guest itself for its name, its OS and its IP addresses, for a clean shutdown, or to freeze its file systems during a snapshot. A paravirtual channel rather than the network: it works with no network at all, and the guest needs no open port.',
    chardev: 'A socket for the guest agent’s channel: VirtDesk talks to qemu-ga through it (wait=off: QEMU does not wait for it).',
  },
  field: {
    label: 'QEMU guest agent channel',
    hint: 'VirtDesk asks qemu-ga in the guest (package qemu-guest-agent) for its name and IP addresses, shuts it down cleanly, and freezes its file systems for live snapshots. Harmless without qemu-ga: nothing answers, nothing waits.',
  },
  info: {
    hostname: 'Host name',
    os: 'Guest system',
    addresses: 'IP addresses',
    agent: 'Guest agent',
    noAddress: 'no address yet',
    interface: '{{name}}: {{addresses}}',
    waiting: 'Waiting for the guest agent…',
    silent: 'Not answering. Install and start qemu-guest-agent in the guest to see its name and addresses here.',
    listAddress: 'IP address reported by the guest agent',
  },
  snapshot: {
    teach:
      'The guest agent answers: its file systems are frozen for the snapshot (their caches written to disk, new writes held), then thawed.',
    frozen: 'The guest agent froze the guest’s file systems during the snapshot ({{n}} frozen), then thawed them.',
    refused: 'The guest agent could not freeze the file systems: the snapshot was taken without freezing them.',
    noAgent:
      'File systems not frozen (no guest agent answers). The snapshot holds the memory too, so what the guest had not yet written is not lost.',
  },
} as const;
