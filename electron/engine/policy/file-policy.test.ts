// The file policy against a temp folder laid out like VirtDesk's data dir (two VMs, a bases folder,
// links into another VM's folder, a FIFO, a socket) and against /proc, /dev and /etc/passwd.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.js';
import { createI18n, tr } from '../../../shared/i18n/index.js';
import { messageOf } from '../engine-messages.js';
import { checkVmFile, type FileRole, type PolicyContext } from './file-policy.js';
import { isBookkeepingFile } from './index.js';
import { makeDataDir, VM_A, VM_B, type DataDir } from './test-support/data-dir.js';

let d: DataDir;
beforeAll(async () => {
  d = await makeDataDir();
});
afterAll(() => d.close());

const ALL_ROLES: FileRole[] = ['disk', 'disk-readonly', 'cdrom', 'kernel', 'initrd', 'backing', 'import'];
const ctx = (vmId: string | null = VM_A, extra: Partial<PolicyContext> = {}): PolicyContext => ({
  paths: d.paths,
  vmId,
  field: 'disks.1.file',
  others: d.configs.filter((c) => c.id !== vmId),
  ...extra,
});
const inA = (f: string) => path.join(d.vmDir(VM_A), f);
const inB = (f: string) => path.join(d.vmDir(VM_B), f);
const out = (f: string) => path.join(d.outside, f);

/** The ApiError the check throws (the test fails if the file is accepted). */
async function refused(file: string, role: FileRole, c: PolicyContext = ctx()): Promise<ApiError> {
  try {
    await checkVmFile(file, role, c);
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).details).toMatchObject({ field: c.field });
    return err as ApiError;
  }
  throw new Error(`${file} was accepted as ${role}`);
}

describe("the VM's own folder", () => {
  it('allows its disks, by absolute path or by name', async () => {
    expect(await checkVmFile(inA('disk0.qcow2'), 'disk', ctx())).toMatchObject({ type: 'file', kind: 'qcow2' });
    expect(await checkVmFile('data.img', 'disk', ctx())).toMatchObject({ path: inA('data.img'), kind: 'raw' });
    expect(await checkVmFile(inA('seed.iso'), 'cdrom', ctx())).toMatchObject({ kind: 'iso9660' });
  });

  it.each([
    'vm.json',
    'vm.json.bak',
    'vm.json.schema2.bak',
    'snapshots.json',
    'saved-state.vmstate',
    'saved-state.vmstate.partial',
    'OVMF_VARS.fd',
    '.vm.json.a1b2c3.tmp',
    'disk1.qcow2.partial',
    'x.tmp',
  ])("refuses VirtDesk's bookkeeping file %s as a disk", async (f) => {
    const err = await refused(f, 'disk');
    expect(err.code).toBe('invalid');
    expect(err.message).toMatch(/not something a VM may use: pick a disk image or add a new disk instead\.$/);
    expect(isBookkeepingFile(f)).toBe(true);
  });

  it("refuses vm.json given as {file: 'vm.json', format: 'raw'} (the resize that padded it to 1 MiB)", async () => {
    const err = await refused('vm.json', 'disk', ctx(VM_A, { format: 'raw' }));
    expect(err.message).toContain("the VM's definition");
    expect(isBookkeepingFile('disk0.qcow2')).toBe(false);
  });

  it('refuses a name that climbs out of the folder into another VM', async () => {
    const err = await refused(`../${VM_B}/disk0.qcow2`, 'disk');
    expect(err.code).toBe('conflict');
  });
});

describe("another VM's folder", () => {
  it('refuses its disk for every role, while creating too, naming the VM and the fix', async () => {
    for (const role of ALL_ROLES) {
      const err = await refused(inB('disk0.qcow2'), role, ctx(null));
      expect(err.code).toBe('conflict');
      expect(err.message).toContain(`another VM ("bravo", id ${VM_B})`);
      expect(err.message).toMatch(/clone that VM instead, or copy the file out of its folder and pick the copy\.$/);
    }
  });

  it('names it by id when the caller knows no names', async () => {
    const err = await refused(inB('data.img'), 'disk-readonly', { paths: d.paths, vmId: VM_A, field: 'x' });
    expect(err.message).toContain(`another VM (id ${VM_B})`);
  });

  it('judges a symlink by where it points, and shows both paths', async () => {
    const err = await refused(out('link-to-b.qcow2'), 'disk');
    expect(err.message).toContain(`${out('link-to-b.qcow2')} (a link to ${inB('disk0.qcow2')})`);
    // Even a link inside the VM's own folder.
    expect((await refused(inA('sneaky.qcow2'), 'disk')).code).toBe('conflict');
    // A link to an allowed file is fine, and says where it really is.
    expect(await checkVmFile(out('link-to-raw.img'), 'disk-readonly', ctx())).toMatchObject({ realPath: out('raw.img') });
  });

  it('judges a hard link by its twin in the VM folder', async () => {
    const err = await refused(out('hardlink-to-b.img'), 'disk');
    expect(err.message).toContain(`(a hard link to ${inB('data.img')})`);
  });

  it('refuses a file outside every folder that another VM writes, or that we would write while it reads', async () => {
    expect((await refused(out('shared.img'), 'disk')).message).toContain('is disk 2 of the VM "bravo"');
    expect((await refused(out('shared.img'), 'disk-readonly')).message).toContain('that VM writes to it');
    expect((await refused(out('raw.img'), 'disk')).message).toContain('(read-only there)');
    // Both only reading: fine.
    await expect(checkVmFile(out('raw.img'), 'disk-readonly', ctx())).resolves.toMatchObject({ kind: 'raw' });
  });

  it('tells the owner of a disk that another VM took (a definition from before this check) to free it there', async () => {
    const intruder = { ...d.configs[1]!, disks: [{ ...d.configs[1]!.disks[0]!, file: inA('data.img') }] };
    const err = await refused(inA('data.img'), 'disk', ctx(VM_A, { others: [intruder] }));
    expect(err.message).toMatch(
      /is disk 1 of the VM "bravo", and a disk one VM writes must be no other VM's file: remove it from the disks of "bravo" first\.$/,
    );
  });
});

describe("VirtDesk's own folders", () => {
  it('allows a linked-clone base only as a backing layer', async () => {
    const base = path.join(d.paths.dataDir, 'bases', '11111111-abcdef-disk0.qcow2');
    await expect(checkVmFile(base, 'backing', ctx())).resolves.toMatchObject({ kind: 'qcow2' });
    for (const role of ['disk', 'disk-readonly', 'import', 'cdrom'] as const) {
      const err = await refused(base, role);
      expect(err.code).toBe('conflict');
      expect(err.message).toContain('shared base of linked clones');
    }
  });

  it('refuses settings.json, anything else of the data dir, the runtime and the cache dir', async () => {
    const cases: Array<[string, RegExp]> = [
      [path.join(d.paths.dataDir, 'settings.json'), /VirtDesk's own files \(in its data folder/],
      [path.join(d.paths.dataDir, 'stray.img'), /data folder/],
      [path.join(d.paths.dataDir, 'vms', '.new-44444444-4444-4444-8444-444444444444', 'disk0.qcow2'), /data folder/],
      [path.join(d.paths.runtimeDir, VM_A, 'qemu.log'), /runtime folder/],
      [path.join(d.paths.cacheDir, 'caps.img'), /cache folder/],
    ];
    for (const [file, says] of cases) {
      for (const role of ALL_ROLES) expect((await refused(file, role)).message).toMatch(says);
    }
  });

  it('allows the disks a deleted VM left behind, but not its old definition', async () => {
    const kept = path.join(d.paths.dataDir, 'vms', 'deleted-old-33333333');
    await expect(checkVmFile(path.join(kept, 'disk0.qcow2'), 'disk', ctx(null))).resolves.toMatchObject({ kind: 'qcow2' });
    expect((await refused(path.join(kept, 'vm.json.deleted'), 'disk', ctx(null))).message).toContain("the VM's definition");
  });
});

describe('special files', () => {
  it('refuses /proc/self/mem for every role (the CD-ROM of the report)', async () => {
    for (const role of ALL_ROLES) {
      const err = await refused('/proc/self/mem', role);
      expect(err.message).toMatch(/is in \/proc, a view of the kernel's and processes' state, not a file on disk: pick an/);
    }
  });

  it('refuses /sys and /dev/null for every role', async () => {
    for (const role of ALL_ROLES) {
      expect((await refused('/sys/kernel/notes', role)).message).toContain('is in /sys');
      expect((await refused('/dev/null', role)).message).toContain('is a device, and only a disk may be a device');
    }
  });

  it('allows a block device the user picked, as a disk only', async () => {
    const readable = (f: string) => fs.lstatSync(f).isBlockDevice() && fs.accessSync(f, fs.constants.R_OK) === undefined;
    const block = fs
      .readdirSync('/dev')
      .map((f) => `/dev/${f}`)
      .find((f) => {
        try {
          return readable(f);
        } catch {
          return false;
        }
      });
    if (!block) return console.log('SKIPPED: no block device in /dev that this user may read');
    await expect(checkVmFile(block, 'disk-readonly', ctx())).resolves.toMatchObject({ type: 'block', kind: null });
    for (const role of ['cdrom', 'kernel', 'initrd', 'backing', 'import'] as const)
      expect((await refused(block, role)).message).toContain('is a device');
  });

  it('refuses a FIFO, a socket and a folder for every role, without waiting on the FIFO', async () => {
    for (const role of ALL_ROLES) {
      expect((await refused(out('fifo'), role)).message).toContain('is a named pipe (FIFO)');
      expect((await refused(out('sock'), role)).message).toContain('is a socket: pick the file itself');
      expect((await refused(out('folder'), role)).message).toContain('is a folder: pick the file itself');
    }
  });
});

describe('existence and kind', () => {
  it('says what is missing: a file, a link target, a loop', async () => {
    expect((await refused(out('nope.iso'), 'cdrom')).message).toBe(`The CD-ROM image ${out('nope.iso')} does not exist: check the path.`);
    expect((await refused(out('dangling.img'), 'disk')).message).toContain(`is a link to ${out('gone.img')}, which does not exist`);
    expect((await refused(out('loop-a'), 'disk')).message).toContain('is a loop of symbolic links');
  });

  it('refuses a relative path while creating, and control characters always', async () => {
    expect((await refused('disk.img', 'disk', ctx(null))).message).toContain('is not an absolute path: give the full path');
    expect((await refused(out('a\nb.iso'), 'cdrom')).message).toContain('has a control character in its name');
  });

  it('accepts each kind for its role', async () => {
    await expect(checkVmFile(out('install.iso'), 'cdrom', ctx())).resolves.toMatchObject({ kind: 'iso9660' });
    await expect(checkVmFile(out('vmlinuz'), 'kernel', ctx())).resolves.toMatchObject({ kind: 'bzImage' });
    await expect(checkVmFile(out('initrd.img'), 'initrd', ctx())).resolves.toMatchObject({ kind: 'cpio' });
    await expect(checkVmFile(out('image.qcow2'), 'import', ctx(null))).resolves.toMatchObject({ kind: 'qcow2' });
  });

  it('refuses a file of another kind, saying what it looks like', async () => {
    expect((await refused(out('notes.txt'), 'cdrom')).message).toBe(
      `The CD-ROM image ${out('notes.txt')} is not an ISO 9660 or UDF image (it looks like a text file): pick a CD or DVD image (.iso).`,
    );
    expect((await refused(out('install.iso'), 'kernel')).message).toContain('it looks like an ISO 9660 image');
    expect((await refused(out('vmlinuz'), 'initrd')).message).toContain('is not an initrd');
    expect((await refused(out('empty.img'), 'disk')).message).toContain('would be opened as a raw disk, but it is empty');
    // What the definition claims wins over the sniffing: a "raw" disk is held to the raw rule.
    expect((await refused(out('notes.txt'), 'disk', ctx(VM_A, { format: 'raw' }))).message).toContain(
      'not a whole number of 512-byte sectors',
    );
  });

  it('refuses /etc/passwd as every role (each for its own reason)', async () => {
    expect((await refused('/etc/passwd', 'cdrom')).message).toContain('is not an ISO 9660 or UDF image (it looks like a text file)');
    expect((await refused('/etc/passwd', 'kernel')).message).toContain('is not a kernel QEMU can boot');
    expect((await refused('/etc/passwd', 'initrd')).message).toContain('is not an initrd');
    if (fs.statSync('/etc/passwd').size % 512 === 0) return console.log('SKIPPED the raw-disk roles: /etc/passwd is whole sectors here');
    for (const role of ['disk-readonly', 'backing', 'import'] as const) {
      expect((await refused('/etc/passwd', role)).message).toContain('would be opened as a raw disk, but its size');
    }
    // As a writable disk: the same for root; a user is told first that it is not writable.
    expect((await refused('/etc/passwd', 'disk')).message).toMatch(
      /would be opened as a raw disk, but its size|is not writable by this user/,
    );
  });

  it('refuses an unwritable file as a writable disk (as a user other than root)', async () => {
    if (process.getuid?.() === 0) return console.log('SKIPPED: root may write every file (run the suite as a user to check this)');
    const f = out('locked.img');
    fs.writeFileSync(f, Buffer.alloc(512));
    fs.chmodSync(f, 0o444);
    expect((await refused(f, 'disk')).message).toContain('tick Read-only for this disk');
    await expect(checkVmFile(f, 'disk-readonly', ctx())).resolves.toMatchObject({ kind: 'raw' });
  });
});

describe('in French', () => {
  const fr = createI18n('fr');
  const inFrench = async (file: string, role: FileRole) => tr(fr, messageOf(await refused(file, role)));

  it('names the file, the cause and the fix, in a French sentence', async () => {
    expect(await inFrench(out('nope.iso'), 'cdrom')).toBe(`L’image de CD ${out('nope.iso')} n’existe pas\u00a0: vérifiez le chemin.`);
    expect(await inFrench('/etc/passwd', 'cdrom')).toBe(
      'L’image de CD /etc/passwd n’est pas une image ISO 9660 ou UDF (on dirait un fichier texte)\u00a0: choisissez une image de CD ou de DVD (.iso).',
    );
    expect(await inFrench(inB('disk0.qcow2'), 'disk')).toContain(
      `est dans le dossier d’une autre VM («\u00a0bravo\u00a0», identifiant ${VM_B})`,
    );
  });
});
