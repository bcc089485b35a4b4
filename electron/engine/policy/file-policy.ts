// The one check the engine runs for every file a VM would use (a disk, a CD-ROM, a kernel, an initrd,
// a layer of a backing chain, an image to import), before it stores it in a definition or hands it to
// QEMU or qemu-img. The rules, in the order they are applied:
//   1. the path is judged by its real location (symlinks resolved; a hard link with a twin in
//      VirtDesk's folders is judged by the twin): this VM's folder is fine except VirtDesk's own
//      bookkeeping files; another VM's folder never; linked-clone bases only as a backing layer;
//      VirtDesk's data, runtime and cache folders never; /proc, /sys and /dev only for a block
//      device used as a disk;
//   2. only regular files, or block devices for disks (no folders, FIFOs, sockets, char devices);
//   3. readable, and writable for a writable disk;
//   4. of the kind claimed: an ISO/UDF image for a CD-ROM, a bootable kernel, an initrd; anything
//      qemu-img would open as raw must be a whole number of 512-byte sectors.
// A failure is an ApiError whose message names the file, the cause and the fix, with details.field.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Stats } from 'node:fs';
import { ApiError } from '../../../shared/api.js';
import type { VmConfig } from '../../../shared/model/index.js';
import { vmDir, type EnginePaths } from '../paths.js';
import { describeContent, imageMagic, initrdKind, isRawDiskSize, kernelKind, opticalKind, readHead } from './file-kind.js';
import { findHardLinkTwin } from './hard-links.js';
import { placeOf, resolveRoots, type Place } from './locations.js';
import { conflictingUse } from './other-users.js';

export type FileRole = 'disk' | 'disk-readonly' | 'cdrom' | 'kernel' | 'initrd' | 'backing' | 'import';

export interface PolicyContext {
  paths: EnginePaths;
  /** The VM the file is for; null while it is being created (it has no folder yet). */
  vmId: string | null;
  /** The dotted input path the error is about, e.g. "disks.1.file", "source.isoPath". */
  field: string;
  /**
   * Every other VM's definition: names them in messages, and a file one of them uses is refused when
   * sharing it is unsafe (see other-users.ts). Without it only folders are checked.
   */
  others?: readonly VmConfig[];
  /** Names another VM in messages when `others` does not; its id is shown otherwise. */
  vmName?: (id: string) => string | undefined;
  /** The image format qemu-img reported (or the definition says); "raw" applies the raw-disk rule. */
  format?: string;
  /** The input path of that format, where a wrong one is reported (e.g. "disks.1.format"); else `field`. */
  formatField?: string;
  /** How the message names the file, e.g. (s) => `The backing file ${s} of disk0.qcow2`. */
  subject?: (shown: string) => string;
}

export interface CheckedFile {
  /** Absolute, as given (a relative name resolved in the VM's folder). */
  path: string;
  /** With every symlink resolved: what QEMU will really open. */
  realPath: string;
  type: 'file' | 'block';
  /** Bytes; 0 for a block device (its size is not in stat). */
  size: number;
  /** What the content is: 'iso9660', 'bzImage', 'cpio', 'qcow2', 'raw'...; null for a block device. */
  kind: string | null;
}

const LABELS: Record<FileRole, string> = {
  disk: 'The disk image',
  'disk-readonly': 'The disk image',
  cdrom: 'The CD-ROM image',
  kernel: 'The kernel',
  initrd: 'The initrd',
  backing: 'The backing file',
  import: 'The image to import',
};
const DISK_ROLES: ReadonlySet<FileRole> = new Set(['disk', 'disk-readonly']);

export async function checkVmFile(file: string, role: FileRole, ctx: PolicyContext): Promise<CheckedFile> {
  const subject = (shown: string) => (ctx.subject ?? ((s) => `${LABELS[role]} ${s}`))(shown);
  const fail = (code: 'invalid' | 'conflict', shown: string, cause: string, fix: string, field = ctx.field): never => {
    throw new ApiError(code, `${subject(shown)} ${cause}: ${fix}.`, { field, path: file, role });
  };
  if (/[\x00-\x1f\x7f]/.test(file))
    fail('invalid', JSON.stringify(file), 'has a control character in its name', 'rename the file, or pick another');
  if (!path.isAbsolute(file) && ctx.vmId === null) fail('invalid', file, 'is not an absolute path', 'give the full path, starting with /');
  const abs = path.isAbsolute(file) ? path.resolve(file) : path.resolve(vmDir(ctx.paths, ctx.vmId!), file);

  const real = await fs.realpath(abs).catch(async (err: NodeJS.ErrnoException) => fail('invalid', abs, ...(await unreachable(abs, err))));
  let shown = real === abs ? abs : `${abs} (a link to ${real})`;
  const st = await fs
    .stat(real)
    .catch((err: NodeJS.ErrnoException) => fail('invalid', shown, `cannot be read (${err.code})`, 'check the path and its permissions'));

  const roots = await resolveRoots(ctx.paths);
  let place = placeOf(real, roots, ctx.vmId);
  if (st.isFile() && st.nlink > 1) {
    // A hard link has no "real" path: if a twin lies where the VM may not go, the file is that one.
    const twin = await findHardLinkTwin(st, roots, real);
    const twinPlace = twin ? placeOf(twin, roots, ctx.vmId) : null;
    if (twin && twinPlace && refusedPlace(twinPlace, role)) {
      place = twinPlace;
      shown = `${shown} (a hard link to ${twin})`;
    }
  }
  judgePlace(place, role, st, shown, ctx, fail);
  judgeType(st, role, shown, fail);
  const use = await conflictingUse(st, role === 'disk', ctx.others ?? [], ctx.paths, ctx.vmId);
  if (use) {
    fail(
      'conflict',
      shown,
      `is disk ${use.disk + 1} of the VM "${use.vm.name}"${use.writable ? '' : ' (read-only there)'}, and ` +
        (role === 'disk' ? "a disk one VM writes must be no other VM's file" : 'that VM writes to it'),
      // In our own folder, the other VM is the one out of place (a definition from before this check).
      place.at === 'own'
        ? `remove it from the disks of "${use.vm.name}" first`
        : 'clone that VM instead, or copy the file and pick the copy',
    );
  }

  await fs
    .access(real, fs.constants.R_OK)
    .catch(() => fail('invalid', shown, 'is not readable by this user', 'fix its permissions, or pick another file'));
  if (role === 'disk') {
    await fs
      .access(real, fs.constants.W_OK)
      .catch(() =>
        fail(
          'invalid',
          shown,
          'is not writable by this user (or is on a read-only file system)',
          'tick Read-only for this disk, or fix its permissions',
        ),
      );
  }
  if (st.isBlockDevice()) return { path: abs, realPath: real, type: 'block', size: 0, kind: null };

  const { head, size, dev, ino, isFile } = await readHead(real).catch((err: NodeJS.ErrnoException) =>
    fail('invalid', shown, `cannot be read (${err.code})`, 'check the file and its permissions'),
  );
  if (!isFile || dev !== st.dev || ino !== st.ino) fail('invalid', shown, 'changed while it was being checked', 'try again');
  return { path: abs, realPath: real, type: 'file', size, kind: judgeKind(head, size, role, ctx, shown, fail) };
}

type Fail = (code: 'invalid' | 'conflict', shown: string, cause: string, fix: string, field?: string) => never;

/** Would this place be refused for this role (whatever the file's type)? */
function refusedPlace(place: Place, role: FileRole): boolean {
  switch (place.at) {
    case 'own':
    case 'deleted-vm':
      return place.bookkeeping !== null;
    case 'bases':
      return role !== 'backing';
    case 'elsewhere':
      return false;
    default:
      return true;
  }
}

function judgePlace(place: Place, role: FileRole, st: Stats, shown: string, ctx: PolicyContext, fail: Fail): void {
  switch (place.at) {
    case 'own':
    case 'deleted-vm':
      if (place.bookkeeping)
        fail('invalid', shown, `is ${place.bookkeeping}, not something a VM may use`, 'pick a disk image or add a new disk instead');
      return;
    case 'other-vm': {
      const name = ctx.others?.find((o) => o.id === place.vmId)?.name ?? ctx.vmName?.(place.vmId);
      fail(
        'conflict',
        shown,
        `is in the folder of another VM (${name ? `"${name}", ` : ''}id ${place.vmId}), and two VMs on one file corrupt it or lose it when either is deleted`,
        'clone that VM instead, or copy the file out of its folder and pick the copy',
      );
      return;
    }
    case 'bases':
      if (role !== 'backing') {
        fail(
          'conflict',
          shown,
          'is a shared base of linked clones, which must stay unchanged while they exist',
          'make a full clone of one of the VMs built on it instead, or copy the base and pick the copy',
        );
      }
      return;
    case 'virtdesk': {
      const what = { data: 'data folder', runtime: 'runtime folder (sockets and logs of running VMs)', cache: 'cache folder' }[
        place.folder
      ];
      fail(
        'invalid',
        shown,
        `is one of VirtDesk's own files (in its ${what} ${place.root})`,
        "pick a file outside it, or a disk in this VM's own folder",
      );
      return;
    }
    case 'special':
      if (place.root === '/dev' && st.isBlockDevice() && DISK_ROLES.has(role)) return;
      fail(
        'invalid',
        shown,
        place.root === '/dev'
          ? `is a device, and only a disk may be a device (a whole disk or partition picked by you, a block device)`
          : `is in ${place.root}, a view of the kernel's and processes' state, not a file on disk`,
        role === 'cdrom' ? 'pick an ISO image file' : 'pick an image file',
      );
      return;
    case 'elsewhere':
      return;
  }
}

function judgeType(st: Stats, role: FileRole, shown: string, fail: Fail): void {
  if (st.isFile()) return;
  if (st.isBlockDevice()) {
    if (DISK_ROLES.has(role)) return;
    fail('invalid', shown, 'is a block device, and only a disk may be one', `pick an ${role === 'cdrom' ? 'ISO image' : 'image'} file`);
  }
  const what = st.isDirectory()
    ? 'is a folder'
    : st.isFIFO()
      ? 'is a named pipe (FIFO), which QEMU would wait on forever'
      : st.isSocket()
        ? 'is a socket'
        : st.isCharacterDevice()
          ? 'is a character device'
          : 'is not a regular file';
  fail('invalid', shown, what, 'pick the file itself');
}

function judgeKind(
  head: Buffer,
  size: number,
  role: FileRole,
  ctx: Pick<PolicyContext, 'format' | 'formatField' | 'field'>,
  shown: string,
  fail: Fail,
): string {
  const format = ctx.format;
  const looks = () => `it looks like ${describeContent(head, size)}`;
  switch (role) {
    case 'cdrom':
      return opticalKind(head) ?? fail('invalid', shown, `is not an ISO 9660 or UDF image (${looks()})`, 'pick a CD or DVD image (.iso)');
    case 'kernel':
      return (
        kernelKind(head) ??
        fail(
          'invalid',
          shown,
          `is not a kernel QEMU can boot (a bzImage, multiboot or ELF kernel; ${looks()})`,
          'pick the kernel file (e.g. vmlinuz)',
        )
      );
    case 'initrd':
      return (
        initrdKind(head) ??
        fail(
          'invalid',
          shown,
          `is not an initrd (a cpio archive, plain or compressed; ${looks()})`,
          'pick the initrd or initramfs file (e.g. initrd.img)',
        )
      );
    default: {
      // Disks, imports and backing layers: qemu-img decides their format; whatever it opens as raw
      // goes to the guest sector by sector, so it must at least be made of sectors.
      const magic = imageMagic(head);
      if (format === 'raw' && magic)
        fail('invalid', shown, `is a ${magic} image, not raw`, `choose ${magic} as its format`, ctx.formatField ?? ctx.field);
      const raw = format === 'raw' || (format === undefined && magic === null);
      if (!raw) return format ?? magic!;
      if (!isRawDiskSize(size)) {
        const why = size === 0 ? 'it is empty' : `its size (${size} bytes) is not a whole number of 512-byte sectors`;
        fail('invalid', shown, `would be opened as a raw disk, but ${why} (${looks()})`, 'pick a disk image (qcow2, raw, vmdk or vdi)');
      }
      return 'raw';
    }
  }
}

/** Why a path cannot be resolved, as [cause, fix]. */
async function unreachable(abs: string, err: NodeJS.ErrnoException): Promise<[string, string]> {
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
    const link = await fs.readlink(abs).catch(() => null);
    return link !== null ? [`is a link to ${link}, which does not exist`, 'pick the file itself'] : ['does not exist', 'check the path'];
  }
  if (err.code === 'ELOOP') return ['is a loop of symbolic links', 'pick the file itself'];
  if (err.code === 'EACCES')
    return ['cannot be reached by this user (a folder on the way is not readable)', 'check the permissions of its folders'];
  return [`cannot be reached (${err.code})`, 'check the path'];
}
