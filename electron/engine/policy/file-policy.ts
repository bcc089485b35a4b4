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
// A shared folder (the guest reads, and may write, everything under it) goes through the same rules,
// stricter on place: only a folder outside VirtDesk's folders (no VM folder, not even its own: its
// disks are there), and not one that holds them either; readable and searchable, writable unless
// read-only.
// A failure is an ApiError whose message names the file, the cause and the fix, with details.field.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Stats } from 'node:fs';
import { ApiError } from '../../../shared/api.js';
import type files from '../../../shared/i18n/catalogs/en/files.js';
import { says, type Message, type MessageKey, type Param, type Params } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';
import { vmDir, type EnginePaths } from '../paths.js';
import { describeContent, imageMagic, initrdKind, isRawDiskSize, kernelKind, opticalKind, readHead } from './file-kind.js';
import { findHardLinkTwin } from './hard-links.js';
import { isInside, placeOf, resolveRoots, type Place, type Roots } from './locations.js';
import { conflictingUse } from './other-users.js';

export type FileRole =
  'disk' | 'disk-readonly' | 'cdrom' | 'kernel' | 'initrd' | 'backing' | 'import' | 'shared-folder' | 'shared-folder-readonly';

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
  /** How the message names the file, e.g. (s) => says('files:policy.subject.backingOf', { file: s, above }). */
  subject?: (shown: Param) => Message;
}

export interface CheckedFile {
  /** Absolute, as given (a relative name resolved in the VM's folder). */
  path: string;
  /** With every symlink resolved: what QEMU will really open. */
  realPath: string;
  type: 'file' | 'block' | 'folder';
  /** Bytes; 0 for a block device (its size is not in stat). */
  size: number;
  /** What the content is: 'iso9660', 'bzImage', 'cpio', 'qcow2', 'raw'...; null for a block device. */
  kind: string | null;
}

const SUBJECTS: Record<FileRole, MessageKey> = {
  disk: 'files:policy.subject.disk',
  'disk-readonly': 'files:policy.subject.disk',
  cdrom: 'files:policy.subject.cdrom',
  kernel: 'files:policy.subject.kernel',
  initrd: 'files:policy.subject.initrd',
  backing: 'files:policy.subject.backing',
  import: 'files:policy.subject.import',
  'shared-folder': 'shares:policy.subject',
  'shared-folder-readonly': 'shares:policy.subject',
};
type Policy = (typeof files)['policy'];
const cause = (key: keyof Policy['cause'], params?: Params) => says(`files:policy.cause.${key}`, params);
const fix = (key: keyof Policy['fix'], params?: Params) => says(`files:policy.fix.${key}`, params);
const DISK_ROLES: ReadonlySet<FileRole> = new Set(['disk', 'disk-readonly']);
const SHARE_ROLES: ReadonlySet<FileRole> = new Set(['shared-folder', 'shared-folder-readonly']);

export async function checkVmFile(file: string, role: FileRole, ctx: PolicyContext): Promise<CheckedFile> {
  const subject = ctx.subject ?? ((file: Param) => says(SUBJECTS[role], { file }));
  const fail: Fail = (code, shown, because, then, field = ctx.field) => {
    throw new ApiError(code, says('files:policy.refusal', { subject: subject(shown), cause: because, fix: then }), {
      field,
      path: file,
      role,
    });
  };
  if (/[\x00-\x1f\x7f]/.test(file)) fail('invalid', JSON.stringify(file), cause('controlChar'), fix('renameOrPick'));
  if (!path.isAbsolute(file) && ctx.vmId === null) fail('invalid', file, cause('notAbsolute'), fix('fullPath'));
  const abs = path.isAbsolute(file) ? path.resolve(file) : path.resolve(vmDir(ctx.paths, ctx.vmId!), file);

  const real = await fs.realpath(abs).catch(async (err: NodeJS.ErrnoException) => fail('invalid', abs, ...(await unreachable(abs, err))));
  let shown: Param = real === abs ? abs : says('files:policy.shown.link', { path: abs, target: real });
  const st = await fs
    .stat(real)
    .catch((err: NodeJS.ErrnoException) =>
      fail('invalid', shown, cause('unreadable', { code: String(err.code) }), fix('checkPermissions')),
    );

  const roots = await resolveRoots(ctx.paths);
  let place = placeOf(real, roots, ctx.vmId);
  if (st.isFile() && st.nlink > 1) {
    // A hard link has no "real" path: if a twin lies where the VM may not go, the file is that one.
    const twin = await findHardLinkTwin(st, roots, real);
    const twinPlace = twin ? placeOf(twin, roots, ctx.vmId) : null;
    if (twin && twinPlace && refusedPlace(twinPlace, role)) {
      place = twinPlace;
      shown = says('files:policy.shown.hardLink', { path: shown, twin });
    }
  }
  if (SHARE_ROLES.has(role)) return judgeSharedFolder(real, abs, place, roots, role, st, shown, fail);
  judgePlace(place, role, st, shown, ctx, fail);
  judgeType(st, role, shown, fail);
  const use = await conflictingUse(st, role === 'disk', ctx.others ?? [], ctx.paths, ctx.vmId);
  if (use) {
    const which = { n: use.disk + 1, vm: use.vm.name };
    fail(
      'conflict',
      shown,
      role !== 'disk' ? cause('writtenByOther', which) : cause(use.writable ? 'sharedDisk' : 'sharedDiskReadOnly', which),
      // In our own folder, the other VM is the one out of place (a definition from before this check).
      place.at === 'own' ? fix('removeFromOther', { vm: use.vm.name }) : fix('cloneOrCopy'),
    );
  }

  await fs.access(real, fs.constants.R_OK).catch(() => fail('invalid', shown, cause('notReadable'), fix('fixPermissions')));
  if (role === 'disk') {
    await fs.access(real, fs.constants.W_OK).catch(() => fail('invalid', shown, cause('notWritable'), fix('readOnly')));
  }
  if (st.isBlockDevice()) return { path: abs, realPath: real, type: 'block', size: 0, kind: null };

  const { head, size, dev, ino, isFile } = await readHead(real).catch((err: NodeJS.ErrnoException) =>
    fail('invalid', shown, cause('unreadable', { code: String(err.code) }), fix('checkFile')),
  );
  if (!isFile || dev !== st.dev || ino !== st.ino) fail('invalid', shown, cause('changed'), fix('tryAgain'));
  return { path: abs, realPath: real, type: 'file', size, kind: judgeKind(head, size, role, ctx, shown, fail) };
}

type Fail = (code: 'invalid' | 'conflict', shown: Param, cause: Message, fix: Message, field?: string) => never;

/** A shared folder: a folder of the user's, outside VirtDesk's folders and not holding them. */
async function judgeSharedFolder(
  real: string,
  abs: string,
  place: Place,
  roots: Roots,
  role: FileRole,
  st: Stats,
  shown: Param,
  fail: Fail,
): Promise<CheckedFile> {
  const share = (key: 'own' | 'virtdesk' | 'holds' | 'notFolder' | 'notReadable' | 'notWritable', params?: Params) =>
    says(`shares:policy.cause.${key}`, params);
  const shareFix = (key: 'pickOther' | 'pickFolder' | 'permissions' | 'readOnly') => says(`shares:policy.fix.${key}`);
  if (place.at === 'own') fail('invalid', shown, share('own'), shareFix('pickOther'));
  if (place.at !== 'elsewhere') {
    const root = place.at === 'virtdesk' ? place.root : roots.data;
    fail(
      'invalid',
      shown,
      place.at === 'special' ? cause('kernelView', { root: place.root }) : share('virtdesk', { root }),
      shareFix('pickOther'),
    );
  }
  // A folder above VirtDesk's would give the guest every VM's disks (and the sockets of running ones).
  const held = [roots.data, roots.runtime, ...roots.linkedVmDirs.keys()].find((r) => isInside(r, real));
  if (held) fail('invalid', shown, share('holds', { root: held }), shareFix('pickOther'));
  if (!st.isDirectory()) fail('invalid', shown, share('notFolder'), shareFix('pickFolder'));
  await fs
    .access(real, fs.constants.R_OK | fs.constants.X_OK)
    .catch(() => fail('invalid', shown, share('notReadable'), shareFix('permissions')));
  if (role === 'shared-folder') {
    await fs.access(real, fs.constants.W_OK).catch(() => fail('invalid', shown, share('notWritable'), shareFix('readOnly')));
  }
  return { path: abs, realPath: real, type: 'folder', size: 0, kind: null };
}

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

function judgePlace(place: Place, role: FileRole, st: Stats, shown: Param, ctx: PolicyContext, fail: Fail): void {
  switch (place.at) {
    case 'own':
    case 'deleted-vm':
      if (place.bookkeeping) fail('invalid', shown, cause('bookkeeping', { what: place.bookkeeping }), fix('newDisk'));
      return;
    case 'other-vm': {
      const name = ctx.others?.find((o) => o.id === place.vmId)?.name ?? ctx.vmName?.(place.vmId);
      const why = name ? cause('otherVmFolderNamed', { vm: name, id: place.vmId }) : cause('otherVmFolder', { id: place.vmId });
      fail('conflict', shown, why, fix('cloneOrCopyOut'));
      return;
    }
    case 'bases':
      if (role !== 'backing') fail('conflict', shown, cause('base'), fix('fullClone'));
      return;
    case 'virtdesk': {
      const folder = says(`files:policy.folder.${place.folder}`);
      fail('invalid', shown, cause('virtdesk', { folder, root: place.root }), fix('outside'));
      return;
    }
    case 'special':
      if (place.root === '/dev' && st.isBlockDevice() && DISK_ROLES.has(role)) return;
      fail(
        'invalid',
        shown,
        place.root === '/dev' ? cause('device') : cause('kernelView', { root: place.root }),
        fix(role === 'cdrom' ? 'isoFile' : 'imageFile'),
      );
      return;
    case 'elsewhere':
      return;
  }
}

function judgeType(st: Stats, role: FileRole, shown: Param, fail: Fail): void {
  if (st.isFile()) return;
  if (st.isBlockDevice()) {
    if (DISK_ROLES.has(role)) return;
    fail('invalid', shown, cause('blockDevice'), fix(role === 'cdrom' ? 'isoFile' : 'imageFile'));
  }
  const what = st.isDirectory()
    ? 'folder'
    : st.isFIFO()
      ? 'fifo'
      : st.isSocket()
        ? 'socket'
        : st.isCharacterDevice()
          ? 'charDevice'
          : 'notRegular';
  fail('invalid', shown, cause(what), fix('pickFile'));
}

function judgeKind(
  head: Buffer,
  size: number,
  role: FileRole,
  ctx: Pick<PolicyContext, 'format' | 'formatField' | 'field'>,
  shown: Param,
  fail: Fail,
): string {
  const format = ctx.format;
  const looks = () => says('files:policy.cause.looks', { what: describeContent(head, size) });
  switch (role) {
    case 'cdrom':
      return opticalKind(head) ?? fail('invalid', shown, cause('notOptical', { looks: looks() }), fix('cdImage'));
    case 'kernel':
      return kernelKind(head) ?? fail('invalid', shown, cause('notKernel', { looks: looks() }), fix('kernelFile'));
    case 'initrd':
      return initrdKind(head) ?? fail('invalid', shown, cause('notInitrd', { looks: looks() }), fix('initrdFile'));
    default: {
      // Disks, imports and backing layers: qemu-img decides their format; whatever it opens as raw
      // goes to the guest sector by sector, so it must at least be made of sectors.
      const magic = imageMagic(head);
      if (format === 'raw' && magic) {
        fail('invalid', shown, cause('notRaw', { format: magic }), fix('format', { format: magic }), ctx.formatField ?? ctx.field);
      }
      const raw = format === 'raw' || (format === undefined && magic === null);
      if (!raw) return format ?? magic!;
      if (!isRawDiskSize(size)) {
        const why = size === 0 ? cause('rawEmpty', { looks: looks() }) : cause('rawSize', { size, looks: looks() });
        fail('invalid', shown, why, fix('diskImage'));
      }
      return 'raw';
    }
  }
}

/** Why a path cannot be resolved, as [cause, fix]. */
async function unreachable(abs: string, err: NodeJS.ErrnoException): Promise<[Message, Message]> {
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
    const link = await fs.readlink(abs).catch(() => null);
    return link !== null ? [cause('danglingLink', { target: link }), fix('pickFile')] : [cause('missing'), fix('checkPath')];
  }
  if (err.code === 'ELOOP') return [cause('linkLoop'), fix('pickFile')];
  if (err.code === 'EACCES') return [cause('folderDenied'), fix('checkFolders')];
  return [cause('unreachable', { code: String(err.code) }), fix('checkPath')];
}
