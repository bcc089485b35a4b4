// English: the source text. What each option of a QEMU command line does (electron/engine/argv/
// explain-args.ts): the course's vocabulary, one sentence per option, shown beside the command.
export default {
  option: {
    name: 'The VM’s name, shown in QEMU’s messages and in the host’s process list; debug-threads names QEMU’s threads so top and ps tell them apart.',
    uuid: 'The machine’s unique identifier, which the guest reads from its firmware tables (SMBIOS), as on a real computer.',
    machineQ35: 'The emulated motherboard: q35, a modern Intel chipset with PCI Express, recommended for UEFI and recent systems.',
    machinePc: 'The emulated motherboard: pc (i440FX), the classic chipset every old system knows.',
    machineOther: 'The emulated motherboard: {{type}}.',
    accelKvm:
      'Hardware acceleration: the KVM hypervisor in the Linux kernel runs the guest’s instructions directly on the processor (Intel VT-x / AMD-V). Listed first, it is used when it works.',
    accelTcg:
      'Emulation: TCG, QEMU’s translator, turns every guest instruction into host code. It works everywhere, without KVM, but several times slower.',
    cpuHost: 'The guest sees the host’s own processor model and features: the fastest with KVM.',
    cpuModel: 'The processor model the guest sees: {{model}}.',
    memory: 'The guest’s memory (RAM), taken from the host’s while the VM runs.',
    smp: 'The number of virtual processors (vCPUs); each one is a thread of QEMU on the host.',
    nodefaults: 'No default devices: only the devices listed here exist, so the machine is exactly what you see.',
    vgaNone: 'No emulated graphics card: this VM talks through its serial console.',
    vga: 'The emulated graphics card ({{model}}).',
    displayNone: 'QEMU opens no window of its own: VirtDesk shows the screen and the consoles.',
    vnc: 'The screen is served over VNC on a private socket that only VirtDesk opens.',
    serial: 'The guest’s serial port (ttyS0 for Linux), connected to the socket defined above.',
    serialStdio: 'The serial port and the QEMU monitor on this terminal: Ctrl+A then C switches between them.',
    mon: 'The QEMU monitor (human commands such as info block or eject) on its own socket.',
    monOnConsole: 'The QEMU monitor, sharing the terminal with the virtio console above.',
    qmp: 'QMP, QEMU’s machine protocol (JSON), through which VirtDesk starts, pauses, stops and watches the VM.',
    pidfile: 'QEMU writes its process id here, so VirtDesk finds the VM again after a restart.',
    boot: 'The boot order and the firmware’s boot menu.',
    kernel: 'Direct kernel boot: QEMU loads this Linux kernel itself, without a bootloader on a disk.',
    initrd: 'The initial RAM disk that the kernel mounts first.',
    append: 'The kernel’s command line (for example console=ttyS0 to write on the serial port, console=hvc0 on the virtio console).',
    rtc: 'The guest’s clock: base=utc for Linux, localtime for Windows.',
    startPaused: 'QEMU starts with the processor stopped, so VirtDesk attaches the console before the first byte; it then sends cont.',
    snapshot: 'A disposable run: writes go to temporary files that QEMU deletes at the end; the disks stay untouched.',
    incoming: 'QEMU waits for a saved state (migration) instead of booting: this restores a VM that was saved.',
    loadvm: 'Starts in the state of this internal snapshot (memory and disks).',
    unknown: 'An argument you added yourself: VirtDesk passes it to QEMU as it is.',
  },
  drive: {
    disk: 'A disk image ({{format}}): the file that holds the virtual disk. if=none: the device below connects it to the machine.',
    cdrom: 'The installation medium (an ISO image) in a read-only CD drive.',
    cdromEmpty: 'An empty CD drive, ready to take an ISO image.',
    firmwareCode: 'The UEFI firmware (OVMF), read-only and shared by every VM.',
    firmwareVars: 'This VM’s own UEFI variables (boot entries, Secure Boot keys).',
  },
  device: {
    virtioBlk:
      'A virtio disk: a paravirtual device. The guest knows it runs in a VM and talks to QEMU through shared memory queues, far faster than an emulated disk controller.',
    virtioScsi: 'A virtio SCSI controller: paravirtual, like virtio-blk, for many disks and CD drives.',
    scsiHd: 'A disk on the virtio SCSI controller.',
    scsiCd: 'A CD drive on the virtio SCSI controller.',
    ideHd: 'A disk on an emulated IDE controller: slow but known to every system, even the oldest.',
    ideCd: 'A CD drive on an emulated IDE (or SATA) controller, which every installer can boot from.',
    ahci: 'An emulated SATA (AHCI) controller, as in a real PC: compatible, slower than virtio.',
    virtioNet: 'A virtio network card: paravirtual, the fastest; Linux has its driver built in, Windows needs the virtio drivers.',
    emulatedNic: 'An emulated network card ({{model}}): QEMU imitates real hardware, so every system has a driver, at a cost in speed.',
    balloon: 'The memory balloon (virtio): lets the host ask the guest to give back memory it does not use.',
    virtioSerial:
      'A virtio-serial controller: a paravirtual bus of character ports between guest and host, which carries the ports below (the virtio console, the guest agent’s channel).',
    virtconsole:
      'The virtio console (hvc0 in Linux, boot with console=hvc0): paravirtual, so faster than the serial port. The emulated UART costs a trap to QEMU for every byte; virtio moves whole buffers through rings in shared memory, 8 to 13 times the throughput under TCG in our measurements (4,300-5,000 KB/s on hvc0 against 350-600 KB/s on the UART, on two machines).',
    other: 'A device: {{model}}.',
  },
  netdev: {
    user: 'User-mode networking (NAT, "slirp"): the guest reaches the network through QEMU, on 10.0.2.0/24, without root; nothing from outside can reach it.',
    userForwards:
      'User-mode networking (NAT) with port forwards: hostfwd opens a port on the host’s 127.0.0.1 that leads to a port of the guest.',
    bridge: 'A network bridge: the guest is on the host’s network like another computer (set up once by root, through qemu-bridge-helper).',
    privateMcast:
      'A private network between this host’s VMs, without root: the card’s frames go to the multicast group {{group}} on the loopback interface (localaddr=127.0.0.1), which the QEMU of every VM on that network joins, so each one receives them all, broadcasts included, and nothing leaves the host. The guest gets no address from it: set one (ip addr add) or run a DHCP server in a guest.',
    other: 'A network back end: {{backend}}.',
  },
  chardev: {
    serialKept:
      'A socket for the serial console, read by VirtDesk’s console log keeper, which logs everything the guest prints, even while VirtDesk is closed (QEMU’s own logfile= would write every byte twice).',
    serialLogged: 'A socket for a further serial port; logfile keeps everything the guest prints on it.',
    monitor: 'A socket for the QEMU monitor.',
    virtioConsoleKept:
      'A socket for the virtio console, read like the serial port by VirtDesk’s console log keeper, which logs everything the guest prints, even while VirtDesk is closed.',
    virtioConsoleStdio: 'The virtio console and the QEMU monitor on this terminal (mux=on): Ctrl+A then C switches between them.',
  },
  field: {
    bus: {
      label: 'Bus',
      virtio: 'VirtIO (paravirtual, fastest; Linux, BSD, Windows with drivers)',
      sata: 'SATA (emulated AHCI; every OS)',
      ide: 'IDE (emulated; old systems)',
      scsi: 'SCSI (virtio-scsi, paravirtual)',
    },
    nic: {
      virtio: 'virtio-net-pci — paravirtual, fastest; Linux and BSD have the driver',
      e1000: 'e1000 — emulated Intel PRO/1000, every OS has a driver',
      e1000e: 'e1000e — emulated Intel 82574, for newer Windows',
      rtl8139: 'rtl8139 — emulated Realtek, for very old systems',
      recommended: '{{model}} (recommended)',
    },
    console: {
      label: 'Console',
      serial: 'Serial port (emulated; works with every system)',
      virtio: 'Virtio console (paravirtual, faster; Linux with console=hvc0)',
      hint: 'The emulated serial port costs QEMU a trap for every byte; the virtio console passes whole buffers through shared memory, about 8 times faster here.',
      appendSaysTtyS0:
        'The kernel command line still says console=ttyS0, so the guest prints on the serial port, not on the virtio console: replace it with console=hvc0 in Boot options → Kernel arguments.',
    },
  },
  explained: {
    title: 'What each option does',
    show: 'Explain each option',
  },
} as const;
