// English: the source text. Keys are grouped by screen or job; {{name}} marks a parameter.
// The QEMU guest agent: its channel on the command line, what it reports, the switch that adds it.
export default {
  teach: {
    channel:
      'The QEMU guest agent’s channel: a virtio-serial port named org.qemu.guest_agent.0, where qemu-ga in the guest listens. Through it the host asks the guest itself for its name, its OS and its IP addresses, for a clean shutdown, or to freeze its file systems during a snapshot. A paravirtual channel rather than the network: it works with no network at all, and the guest needs no open port.',
    chardev: 'A socket for the guest agent’s channel: VirtDesk talks to qemu-ga through it (wait=off: QEMU does not wait for it).',
  },
} as const;
