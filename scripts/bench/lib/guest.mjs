// The test guest (scripts/build-test-guest.sh) and the bare QEMU twin of a VirtDesk VM: the same
// command line VirtDesk builds (its "for a person" form: no QMP, no pidfile, no extra sockets), with
// the serial port wherever the figure needs it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildQemuArgs } from '../../../dist/electron/engine/argv/build-args.js';
import { runtimeFiles, vmDir } from '../../../dist/electron/engine/paths.js';

export const GUEST_DIR = path.resolve('.cache/test-guest');
export const GUEST_ISO = path.join(GUEST_DIR, 'guest.iso');
export const GUEST_PROMPT = 'guest# ';

export function requireGuest() {
  if (!fs.existsSync(path.join(GUEST_DIR, 'initrd.img'))) {
    throw new Error(`missing ${GUEST_DIR}: run "bash scripts/build-test-guest.sh"`);
  }
}

/** create() input for the fastest boot: direct kernel boot to a busybox shell on ttyS0, TCG, nothing else. */
export const kernelVm = (name, memoryMiB = 128) => ({
  name,
  source: { kind: 'kernel', kernel: path.join(GUEST_DIR, 'vmlinuz'), initrd: path.join(GUEST_DIR, 'initrd.img'), append: 'console=ttyS0' },
  memoryMiB,
  cpus: 1,
  accel: 'tcg',
  storage: { kind: 'none' },
  network: { mode: 'none' },
  display: 'none',
});

/** The same guest with a virtio console: its shell on hvc0 (the test guest follows console=hvc0). */
export const kernelVirtioVm = (name, memoryMiB = 128) => {
  const vm = kernelVm(name, memoryMiB);
  return { ...vm, consoleDevice: 'virtio', source: { ...vm.source, append: 'console=hvc0' } };
};

/**
 * The virtio-console VM's command line with its console (on stdio, muxed with the monitor, in the
 * "for a person" form) on a listening chardev socket instead, for the bench to read directly.
 */
export function spawnBareVirtio(config, paths, socketPath) {
  const argv = personArgv(config, paths);
  const at = argv.indexOf('stdio,id=hvc0,mux=on,signal=off');
  const mon = argv.indexOf('chardev=hvc0,mode=readline');
  if (at < 1 || mon < 1) throw new Error('argv shape changed (no hvc0 on stdio): update the bench');
  const plain = argv.filter((_, i) => i !== mon && i !== mon - 1);
  plain[at] = `socket,id=hvc0,path=${socketPath},server=on,wait=off`;
  return spawnQemu(plain, 'ignore');
}

function personArgv(config, paths) {
  return buildQemuArgs(
    config,
    { kvmUsable: false },
    { vmDir: vmDir(paths, config.id), run: runtimeFiles(paths, config.id) },
    { forHuman: true },
  ).argv;
}

/**
 * Spawns the VM's command line with `-serial mon:stdio` replaced by `serial` (e.g. ['-serial', 'stdio']
 * or a chardev socket). Returns the child; kill it with stopBare.
 */
export function spawnBare(config, paths, serial, stdio = 'ignore') {
  const argv = personArgv(config, paths);
  const at = argv.indexOf('mon:stdio');
  if (at < 1 || argv[at - 1] !== '-serial') throw new Error('argv shape changed (no -serial mon:stdio): update the bench');
  return spawnQemu([...argv.slice(0, at - 1), ...serial, ...argv.slice(at + 1)], stdio);
}

function spawnQemu(argv, stdio) {
  const qemu = spawn('qemu-system-x86_64', argv, { stdio: ['ignore', stdio, 'inherit'] });
  running.add(qemu);
  qemu.once('exit', () => running.delete(qemu));
  return qemu;
}

const running = new Set();
// However the bench ends, no bare QEMU outlives it.
process.once('exit', () => {
  for (const q of running) q.kill('SIGKILL');
});

/**
 * A serial port on a listening chardev socket (no client: output dropped, guest not blocked); with a
 * log, QEMU also appends every byte to that file (logfile=, as VirtDesk did before its log keeper).
 */
export function chardevSerial(socketPath, logPath = null) {
  const log = logPath ? `,logfile=${logPath},logappend=on` : '';
  return ['-chardev', `socket,id=ser0,path=${socketPath},server=on,wait=off${log}`, '-serial', 'chardev:ser0'];
}

export async function stopBare(qemu) {
  if (qemu.exitCode !== null || qemu.signalCode !== null) return;
  qemu.kill('SIGKILL');
  await new Promise((r) => qemu.once('exit', r));
}
