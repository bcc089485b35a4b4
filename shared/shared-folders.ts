// How a shared folder reaches the guest, and the command the guest mounts it with: ONE rule for the
// engine's command line and the hardware editor's page. Pure.
//
// virtiofs (FUSE over virtio, with virtiofsd serving the folder from a process of its own) is the fast
// way, but this QEMU's virtiofsd (the C one shipped with QEMU 7.2) needs root: its sandbox unshares
// mount, pid and net namespaces or chroots, and it has no read-only mode. So:
//   - read-write, and virtiofsd can run for the engine's user -> virtiofs;
//   - otherwise (read-only, no virtiofsd, not root) -> 9p, which QEMU serves itself (readonly=on).
import type { VmConfig } from './model/index.js';

export type SharedFolder = VmConfig['sharedFolders'][number];
export type ShareTransport = 'virtiofs' | '9p';
/** Why the transport is what it is (a key of shares:transport.why.*). */
export type ShareWhy = 'virtiofs' | 'readOnly' | 'noVirtiofsd';

export function shareTransport(
  share: Pick<SharedFolder, 'readOnly'>,
  virtiofsdUsable: boolean,
): { transport: ShareTransport; why: ShareWhy } {
  if (share.readOnly) return { transport: '9p', why: 'readOnly' };
  return virtiofsdUsable ? { transport: 'virtiofs', why: 'virtiofs' } : { transport: '9p', why: 'noVirtiofsd' };
}

/** What to type in the guest (as root) to mount the share on /mnt/<tag>. */
export function guestMountCommand(tag: string, transport: ShareTransport, readOnly: boolean): string {
  const dir = `/mnt/${tag}`;
  const ro = readOnly ? ',ro' : '';
  return transport === 'virtiofs'
    ? `mkdir -p ${dir} && mount -t virtiofs${readOnly ? ' -o ro' : ''} ${tag} ${dir}`
    : `mkdir -p ${dir} && mount -t 9p -o trans=virtio,version=9p2000.L${ro} ${tag} ${dir}`;
}
