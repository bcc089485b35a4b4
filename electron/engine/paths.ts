// Where VirtDesk keeps things. Definitions and disks are data (XDG_DATA_HOME); sockets, pidfiles and
// logs of running VMs are runtime state (XDG_RUNTIME_DIR), short-lived and private to the user.
import os from 'node:os';
import path from 'node:path';

export interface EnginePaths {
  /** <data>/vms/<id>/ holds vm.json and the VM's disks. */
  dataDir: string;
  /** <runtime>/<id>/ holds qmp.sock, serial0.sock, hvc0.sock, qga.sock, monitor.sock, qemu.pid, qemu.log. */
  runtimeDir: string;
  /** What can be recomputed: QEMU's capabilities, the KVM self-test result. */
  cacheDir: string;
}

export function defaultPaths(env: NodeJS.ProcessEnv = process.env): EnginePaths {
  const home = os.homedir();
  const dataDir = env.VIRTDESK_DATA_DIR || path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'virtdesk');
  // Unix socket paths are limited to 107 bytes, so the runtime folder must stay short: never derive it
  // from a (possibly long) data dir. The /tmp fallback is a name anyone could take first: the engine
  // refuses it unless it is ours and private (fs-safety/private-dir.ts, at start).
  const runtimeDir =
    env.VIRTDESK_RUNTIME_DIR ||
    (env.XDG_RUNTIME_DIR ? path.join(env.XDG_RUNTIME_DIR, 'virtdesk') : path.join(os.tmpdir(), `virtdesk-${process.getuid?.() ?? 'user'}`));
  const cacheDir = env.VIRTDESK_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'virtdesk');
  return { dataDir, runtimeDir, cacheDir };
}

export const vmsDir = (p: EnginePaths) => path.join(p.dataDir, 'vms');
export const vmDir = (p: EnginePaths, id: string) => path.join(vmsDir(p), id);
/** Read-only base images that linked clones share (see clone/clone-vm.ts). */
export const basesDir = (p: EnginePaths) => path.join(p.dataDir, 'bases');
export const vmRunDir = (p: EnginePaths, id: string) => path.join(p.runtimeDir, id);

/** Serial port n's socket and log in a runtime folder (port 0 is the console). */
export const serialFiles = (dir: string, n: number) => ({
  socket: path.join(dir, `serial${n}.sock`),
  log: path.join(dir, `serial${n}.log`),
});

/** The virtio console's socket and log, beside serial0's (guest device /dev/hvc0). */
export const virtioConsoleFiles = (dir: string) => ({
  socket: path.join(dir, 'hvc0.sock'),
  log: path.join(dir, 'hvc0.log'),
});

/** Shared folder n's virtiofsd: its vhost-user socket (QEMU connects), pidfile and log. */
export const virtiofsFiles = (dir: string, n: number) => ({
  socket: path.join(dir, `virtiofs${n}.sock`),
  pidfile: path.join(dir, `virtiofs${n}.pid`),
  log: path.join(dir, `virtiofs${n}.log`),
});
/** The guest agent's channel (virtio-serial port org.qemu.guest_agent.0), beside qmp.sock. */
export const guestAgentSocket = (dir: string) => path.join(dir, 'qga.sock');

/** The files of one running VM, all in its runtime folder. */
export function runtimeFiles(p: EnginePaths, id: string) {
  const dir = vmRunDir(p, id);
  return {
    dir,
    qmp: path.join(dir, 'qmp.sock'),
    serial0: serialFiles(dir, 0).socket,
    serial0Log: serialFiles(dir, 0).log,
    hvc0: virtioConsoleFiles(dir).socket,
    hvc0Log: virtioConsoleFiles(dir).log,
    monitor: path.join(dir, 'monitor.sock'),
    qga: guestAgentSocket(dir),
    vnc: path.join(dir, 'vnc.sock'),
    screendump: path.join(dir, 'screendump.png'),
    /** The migration stream of a save or restore passes through this socket. */
    migrate: path.join(dir, 'migrate.sock'),
    pidfile: path.join(dir, 'qemu.pid'),
    log: path.join(dir, 'qemu.log'),
  };
}

/** The per-VM copy of the UEFI variable store (OVMF_VARS), beside its disks. */
export const UEFI_VARS_FILE = 'OVMF_VARS.fd';
export type RuntimeFiles = ReturnType<typeof runtimeFiles>;
