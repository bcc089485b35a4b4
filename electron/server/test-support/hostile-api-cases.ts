// Hand-written hostile API inputs: what the schemas cannot know (whose file a path is, what is in it,
// what this host has, what listens on a port). Each names the field the error must be about.
import path from 'node:path';
import type { CreateVmInput, VmConfigPatch } from '../../../shared/api.js';
import type { VmConfig } from '../../../shared/model/index.js';

export interface World {
  dataDir: string;
  runtimeDir: string;
  /** VM "alpha" (a qcow2 disk in its folder) and VM "beta" (no disk). */
  alpha: VmConfig;
  beta: VmConfig;
  kernel: string;
  initrd: string;
  iso: string;
  /** Made by the test: a FIFO, a folder, a qcow2 backed by /etc/passwd, one backed by alpha's disk... */
  fifo: string;
  folder: string;
  evilBacking: string;
  backedByAlpha: string;
  linkToAlphaDisk: string;
  textFile: string;
  /** A TCP port something listens on now, and the server's own port. */
  busyPort: number;
  serverPort: number;
}

export interface ApiCase {
  name: string;
  method: string;
  arg(w: World): unknown;
  /** The field the error must name (details.field), exactly or by pattern. */
  field: string | RegExp;
  message: RegExp;
  code?: string;
}

const kernelVm = (w: World, patch: Partial<CreateVmInput> = {}): CreateVmInput => ({
  name: 'hostile',
  memoryMiB: 128,
  cpus: 1,
  accel: 'tcg',
  display: 'none',
  network: { mode: 'none' },
  storage: { kind: 'none' },
  source: { kind: 'kernel', kernel: w.kernel, initrd: w.initrd, append: 'console=ttyS0' },
  ...patch,
});
const alphaDisk = (w: World) => path.join(w.dataDir, 'vms', w.alpha.id, 'disk0.qcow2');
const update = (name: string, patch: (w: World) => VmConfigPatch, field: string | RegExp, message: RegExp): ApiCase => ({
  name: `update: ${name}`,
  method: 'update',
  arg: (w) => ({ id: w.beta.id, patch: patch(w) }),
  field,
  message,
});
const create = (name: string, patch: (w: World) => Partial<CreateVmInput>, field: string | RegExp, message: RegExp): ApiCase => ({
  name: `create: ${name}`,
  method: 'create',
  arg: (w) => kernelVm(w, patch(w)),
  field,
  message,
});
const iso =
  (p: (w: World) => string) =>
  (w: World): Partial<CreateVmInput> => ({ source: { kind: 'iso', isoPath: p(w) } });
const existing =
  (p: (w: World) => string) =>
  (w: World): Partial<CreateVmInput> => ({ storage: { kind: 'existing', path: p(w) } });
const disk = (file: string, format: 'qcow2' | 'raw' = 'raw') => ({
  file,
  format,
  bus: 'virtio' as const,
  cache: 'default' as const,
  readOnly: false,
});

export const FILE_CASES: ApiCase[] = [
  create("another VM's disk as the existing disk", existing(alphaDisk), 'storage.path', /alpha|another VM/i),
  create(
    "a link to another VM's disk as the existing disk",
    existing((w) => w.linkToAlphaDisk),
    'storage.path',
    /alpha|another VM/i,
  ),
  create(
    "another VM's disk imported in place",
    (w) => ({ source: { kind: 'import', path: alphaDisk(w), mode: 'use' } }),
    'source.path',
    /alpha|another VM/i,
  ),
  create(
    "another VM's disk as an overlay's base",
    (w) => ({ source: { kind: 'import', path: alphaDisk(w), mode: 'overlay' } }),
    'source.path',
    /alpha|another VM/i,
  ),
  create(
    "another VM's vm.json as the ISO",
    iso((w) => path.join(w.dataDir, 'vms', w.alpha.id, 'vm.json')),
    'source.isoPath',
    /vm\.json|VirtDesk/i,
  ),
  create(
    'settings.json as the ISO',
    iso((w) => path.join(w.dataDir, 'settings.json')),
    'source.isoPath',
    /./,
  ),
  create(
    '/proc/self/mem as the ISO',
    iso(() => '/proc/self/mem'),
    'source.isoPath',
    /proc/,
  ),
  create(
    '/dev/zero as the ISO',
    iso(() => '/dev/zero'),
    'source.isoPath',
    /dev/,
  ),
  create(
    '/etc/passwd as the ISO',
    iso(() => '/etc/passwd'),
    'source.isoPath',
    /ISO|CD/i,
  ),
  create(
    'a FIFO as the ISO',
    iso((w) => w.fifo),
    'source.isoPath',
    /FIFO|regular|not a file/i,
  ),
  create(
    'a folder as the ISO',
    iso((w) => w.folder),
    'source.isoPath',
    /folder|director|not a file/i,
  ),
  create(
    'a missing ISO',
    iso(() => '/nonexistent/x.iso'),
    'source.isoPath',
    /does not exist|missing|no such/i,
  ),
  create(
    'the runtime folder as the ISO',
    iso((w) => w.runtimeDir),
    'source.isoPath',
    /./,
  ),
  create(
    '/etc/passwd as the kernel',
    (w) => ({ source: { kind: 'kernel', kernel: '/etc/passwd', initrd: w.initrd, append: '' } }),
    'source.kernel',
    /kernel/i,
  ),
  create(
    'a FIFO as the initrd',
    (w) => ({ source: { kind: 'kernel', kernel: w.kernel, initrd: w.fifo, append: '' } }),
    'source.initrd',
    /FIFO|regular|not a file/i,
  ),
  create(
    'a missing initrd',
    (w) => ({ source: { kind: 'kernel', kernel: w.kernel, initrd: '/nonexistent/initrd', append: '' } }),
    'source.initrd',
    /does not exist|missing/i,
  ),
  create(
    '/etc/passwd as the initrd',
    (w) => ({ source: { kind: 'kernel', kernel: w.kernel, initrd: '/etc/passwd', append: '' } }),
    'source.initrd',
    /initrd/i,
  ),
  create(
    '/etc/passwd as a raw disk',
    existing(() => '/etc/passwd'),
    'storage.path',
    /sector|disk image|raw/i,
  ),
  create(
    'a text file as a raw disk',
    existing((w) => w.textFile),
    'storage.path',
    /sector|disk image|raw/i,
  ),
  create(
    'a qcow2 whose backing file is /etc/passwd',
    (w) => ({ source: { kind: 'import', path: w.evilBacking, mode: 'use' } }),
    'source.path',
    /backing|passwd/i,
  ),
  create(
    "a qcow2 whose backing file is another VM's disk",
    (w) => ({ source: { kind: 'import', path: w.backedByAlpha, mode: 'convert' } }),
    'source.path',
    /backing|alpha|another VM/i,
  ),
  update('vm.json as a disk', () => ({ disks: [disk('vm.json')] }), 'patch.disks.0.file', /vm\.json|VirtDesk/i),
  update('snapshots.json as a disk', () => ({ disks: [disk('snapshots.json')] }), 'patch.disks.0.file', /./),
  update("another VM's disk by path", (w) => ({ disks: [disk(alphaDisk(w), 'qcow2')] }), 'patch.disks.0.file', /alpha|another VM/i),
  update('/proc/self/mem as a CD', () => ({ cdroms: [{ file: '/proc/self/mem', bus: 'ide' }] }), 'patch.cdroms.0.file', /proc/),
  update('/etc/shadow as a CD', () => ({ cdroms: [{ file: '/etc/shadow', bus: 'ide' }] }), 'patch.cdroms.0.file', /./),
  update(
    'a FIFO initrd',
    (w) => ({ kernel: { kernel: w.kernel, initrd: w.fifo, append: '' } }),
    'patch.kernel.initrd',
    /FIFO|regular|not a file/i,
  ),
  update(
    'a missing kernel',
    (w) => ({ kernel: { kernel: '/nonexistent/vmlinuz', initrd: w.initrd, append: '' } }),
    'patch.kernel.kernel',
    /does not exist|missing/i,
  ),
  update(
    'the same disk twice by two paths',
    (w) => ({ disks: [disk(w.textFile), disk(w.textFile)] }),
    /patch\.disks\.[01]\.file/,
    /twice|once|same file/i,
  ),
];

export const HOST_CASES: ApiCase[] = [
  update('10,000,000 MiB of memory', () => ({ memoryMiB: 10_000_000 }), 'patch.memoryMiB', /This host has \d+ MiB/),
  update('255 CPUs', () => ({ cpus: 255 }), 'patch.cpus', /CPU threads/),
  update('an unknown CPU model', () => ({ cpuModel: 'NoSuchCpu-v9' }), 'patch.cpuModel', /no CPU model/),
  update('an unknown machine type', () => ({ machine: 'nosuchmachine' }), 'patch.machine', /no machine type/),
  update(
    'a host port in use',
    (w) => ({
      nics: [
        {
          model: 'e1000',
          mac: '52:54:00:77:77:01',
          network: { mode: 'user', forwards: [{ proto: 'tcp', hostPort: w.busyPort, guestPort: 22 }] },
        },
      ],
    }),
    /patch\.nics\.0\.network\.forwards\.0\.hostPort/,
    /in use/,
  ),
  update(
    "the server's own port",
    (w) => ({
      nics: [
        {
          model: 'e1000',
          mac: '52:54:00:77:77:02',
          network: { mode: 'user', forwards: [{ proto: 'tcp', hostPort: w.serverPort, guestPort: 80 }] },
        },
      ],
    }),
    /hostPort/,
    /in use/,
  ),
  update(
    "alpha's MAC",
    (w) => ({ nics: [{ model: 'e1000', mac: w.alpha.nics[0]!.mac, network: { mode: 'user', forwards: [] } }] }),
    /patch\.nics/,
    /belongs to the VM "alpha"/,
  ),
  update("alpha's name", () => ({ name: 'ALPHA' }), 'patch.name', /exists already/),
  update(
    'a NUL in the kernel command line',
    (w) => ({ kernel: { kernel: w.kernel, initrd: w.initrd, append: 'console=ttyS0\u0000x' } }),
    'patch.kernel.append',
    /control character/,
  ),
  update(
    'a NUL in an extra argument',
    () => ({ extraArgs: ['-device', 'virtio-rng-pci\u0000'] }),
    'patch.extraArgs.1',
    /control character/,
  ),
];

/** Extra QEMU arguments VirtDesk must refuse: [args, the index the error is about, what it must say]. */
const REFUSED_ARGS: Array<[string[], number, RegExp]> = [
  [['-qmp', 'tcp:0.0.0.0:14444'], 0, /Serial ports|console/i],
  [['--qmp', 'tcp:0.0.0.0:14444'], 0, /Serial ports|console/i],
  [['-vnc', '0.0.0.0:55'], 0, /Display/],
  [['-daemonize'], 0, /./],
  [['-pidfile', '/tmp/x.pid'], 0, /./],
  [['-monitor', 'stdio'], 0, /console|monitor/i],
  [['-mon', 'chardev=hmp0'], 0, /./],
  [['-chardev', 'socket,id=x,path=/tmp/x.sock'], 0, /./],
  [['-serial', 'tcp::4444,server'], 0, /Serial/],
  [['-runas', 'nobody'], 0, /./],
  [['-D', '/tmp/qemu.log'], 0, /./],
  [['-drive', 'file=/etc/shadow,format=raw'], 0, /Disks|CD-ROM/],
  [['-hda', '/etc/shadow'], 0, /Disks/],
  [['-cdrom', '/etc/shadow'], 0, /CD-ROM/],
  [['-kernel', '/boot/vmlinuz'], 0, /Kernel|kernel/],
  [['-name', 'other'], 0, /rename|name/i],
  [['-uuid', '00000000-0000-0000-0000-000000000000'], 0, /./],
  [['-m', '4096'], 0, /Memory/],
  [['-smp', '8'], 0, /CPU/],
  [['-cpu', 'host'], 0, /CPU model/],
  [['-machine', 'q35'], 0, /Machine/],
  [['-accel', 'kvm'], 0, /Accelerat/],
  [['-netdev', 'user,id=n,hostfwd=tcp::2222-:22'], 0, /Network/],
  [['-nodefaults'], 0, /./],
  [['-readconfig', '/etc/passwd'], 0, /./],
  [['-device', 'virtio-rng-pci,romfile=/etc/shadow'], 1, /romfile|file/],
  [['-object', 'memory-backend-file,id=m,mem-path=/etc,size=1M'], 1, /mem-path|file/],
  [['-device', 'isa-serial,chardev=ser0'], 1, /chardev/],
  [['/etc/shadow'], 0, /disk image|bare|option/i],
  [['-device'], 0, /value|argument/i],
  [['-no-such-option'], 0, /unknown|not know|option/i],
];

export const ARG_CASES: ApiCase[] = REFUSED_ARGS.map(([args, index, message]) =>
  update(`extra arguments ${JSON.stringify(args)}`, () => ({ extraArgs: args }), `patch.extraArgs.${index}`, message),
);

export const STATE_CASES: ApiCase[] = [
  {
    name: "remove: a file that is not the VM's",
    method: 'remove',
    arg: (w) => ({ id: w.beta.id, deleteFiles: ['/etc/passwd'] }),
    field: 'deleteFiles',
    message: /not a file of this VM/,
  },
  {
    name: 'resizeDisk: a disk the VM does not have',
    method: 'resizeDisk',
    arg: (w) => ({ id: w.beta.id, index: 5, sizeBytes: 1024 ** 3 }),
    field: 'index',
    message: /no disk 6/,
    code: 'not-found',
  },
  {
    name: 'cancelTask: a task that does not exist',
    method: 'cancelTask',
    arg: () => ({ taskId: '00000000-0000-4000-8000-000000000000' }),
    field: 'taskId',
    message: /not running/,
    code: 'not-found',
  },
];
