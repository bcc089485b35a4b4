// Shared folders on the command line: a vhost-user-fs-pci device talking to a virtiofsd process per
// share (virtiofs), or a virtio-9p-pci device QEMU serves itself (9p). Which one is the rule in
// shared/shared-folders.ts; the engine tells whether virtiofsd can run (ArgvHost.virtiofsdUsable).
// PURE, like build-args.ts: the virtiofsd command line is built here too, for the engine that starts it
// and for the exported script that shows it.
import type { VmConfig } from '../../../shared/model/index.js';
import { shareTransport, type SharedFolder } from '../../../shared/shared-folders.js';
import { virtiofsFiles } from '../paths.js';
import { opts } from './escape.js';

/** Where QEMU 7.2 on Debian installs its (C) virtiofsd. */
export const VIRTIOFSD = '/usr/lib/qemu/virtiofsd';

interface HostSide {
  virtiofsdUsable?: boolean;
}

const transportOf = (share: SharedFolder, host: HostSide) => shareTransport(share, host.virtiofsdUsable === true).transport;

/** The shares served by virtiofsd, with their index in vm.sharedFolders (it names their files). */
export function virtiofsShares(vm: VmConfig, host: HostSide): Array<{ share: SharedFolder; index: number }> {
  return vm.sharedFolders.flatMap((share, index) => (transportOf(share, host) === 'virtiofs' ? [{ share, index }] : []));
}

/** vhost-user needs the guest RAM in shared memory that virtiofsd can map. */
export const sharesNeedSharedMemory = (vm: VmConfig, host: HostSide): boolean => virtiofsShares(vm, host).length > 0;

export const virtiofsSockets = (vm: VmConfig, host: HostSide, runDir: string): string[] =>
  virtiofsShares(vm, host).map(({ index }) => virtiofsFiles(runDir, index).socket);

export function sharedFolderArgs(vm: VmConfig, host: HostSide, runDir: string): string[] {
  return vm.sharedFolders.flatMap((share, i) => {
    if (transportOf(share, host) === 'virtiofs') {
      return [
        '-chardev',
        `socket,${opts([
          ['id', `vfs${i}`],
          ['path', virtiofsFiles(runDir, i).socket],
        ])}`,
        '-device',
        `vhost-user-fs-pci,${opts([
          ['chardev', `vfs${i}`],
          ['tag', share.tag],
          ['id', `share${i}`],
        ])}`,
      ];
    }
    // security_model=none: files the guest creates belong to the user QEMU runs as, with the modes
    // the guest asked for where the host allows them (no xattrs written into the user's folder).
    return [
      '-fsdev',
      `local,${opts([
        ['id', `fs${i}`],
        ['path', share.hostPath],
        ['security_model', 'none'],
        ['readonly', share.readOnly ? 'on' : undefined],
      ])}`,
      '-device',
      `virtio-9p-pci,${opts([
        ['fsdev', `fs${i}`],
        ['mount_tag', share.tag],
        ['id', `share${i}`],
      ])}`,
    ];
  });
}

/**
 * virtiofsd's own argv (without the program) for one share. Its -o options are comma-separated FUSE
 * options, where a backslash escapes a comma. cache=auto: the guest caches what it read until the
 * file changes (close-to-open), the usual setting for a folder both sides edit.
 */
export function virtiofsdArgs(share: SharedFolder, socket: string): string[] {
  const source = share.hostPath.replaceAll('\\', '\\\\').replaceAll(',', '\\,');
  return [`--socket-path=${socket}`, '-o', `source=${source}`, '-o', 'cache=auto'];
}

/** The virtiofsd command lines a VM needs before QEMU starts (none when no share uses virtiofs). */
export function virtiofsdCommands(vm: VmConfig, host: HostSide, runDir: string): Array<{ tag: string; socket: string; argv: string[] }> {
  return virtiofsShares(vm, host).map(({ share, index }) => {
    const socket = virtiofsFiles(runDir, index).socket;
    return { tag: share.tag, socket, argv: virtiofsdArgs(share, socket) };
  });
}
