// A VM as a shell script a person can run without VirtDesk: the same command line, with the serial
// console on the terminal (Ctrl-A X quits, Ctrl-A C toggles QEMU's monitor) instead of sockets.
import type { HostInfo, QemuCapabilities, VmConfig } from '../../../shared/model/index.js';
import { uefiFirmware } from '../create/check-input.js';
import { buildQemuArgs, QEMU_SYSTEM } from './build-args.js';
import { formatCommand, shellQuote } from './shell-quote.js';
import { VIRTIOFSD, virtiofsdCommands } from './shared-folder-args.js';

export function exportScript(config: VmConfig, host: HostInfo, caps: QemuCapabilities | null, vmDir: string): string {
  const runDir = `/tmp/virtdesk-export-${config.id.slice(0, 8)}`;
  const virtiofsdUsable = host.qemu.virtiofsd !== null;
  // Each virtiofs share needs its virtiofsd running (as root) before QEMU connects to its socket.
  const daemons = virtiofsdCommands(config, { virtiofsdUsable }, runDir).flatMap((d) => [
    `# Shared folder "${d.tag}": virtiofsd serves it (it needs root); it ends when QEMU does.`,
    `${formatCommand(host.qemu.virtiofsd ?? VIRTIOFSD, d.argv)} &`,
    `while [ ! -S ${shellQuote(d.socket)} ]; do sleep 0.1; done`,
  ]);
  const cmd = buildQemuArgs(
    config,
    { kvmUsable: host.kvm.usable, uefiCode: uefiFirmware(caps)?.code ?? null, virtiofsdUsable },
    {
      vmDir,
      run: {
        dir: runDir,
        qmp: `${runDir}/qmp.sock`,
        monitor: `${runDir}/monitor.sock`,
        vnc: `${runDir}/vnc.sock`,
        pidfile: `${runDir}/qemu.pid`,
      },
    },
    { forHuman: true },
  );
  return [
    '#!/bin/sh',
    `# VM "${config.name}", exported by VirtDesk on ${new Date().toISOString().slice(0, 10)}.`,
    '# Runs the VM in this terminal: the serial console is here (Ctrl-A X quits QEMU, Ctrl-A C switches',
    '# to the QEMU monitor and back). Do not run it while VirtDesk runs the same VM: the disks are locked.',
    ...(config.display === 'vnc' ? [`# The screen is on VNC at ${runDir}/vnc.sock (e.g. vncviewer ${runDir}/vnc.sock).`] : []),
    'set -e',
    `mkdir -p ${shellQuote(runDir)}`,
    ...daemons,
    `exec ${formatCommand(QEMU_SYSTEM, cmd.argv)}`,
    '',
  ].join('\n');
}
