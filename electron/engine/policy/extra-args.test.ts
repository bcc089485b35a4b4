// The extra-arguments policy as a table: each row is what a user could type into "Extra QEMU
// arguments" and what VirtDesk must answer. A refused row names the element at fault (its index) and a
// word of the message a person would look for (the setting to use, or the cause).
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.js';
import { assertExtraArgs, checkExtraArgs } from './extra-args.js';
import { parseKeyVal } from './qemu-keyval.js';

type Row = [args: string[], verdict: 'ok' | { index: number; says: RegExp }];

const refused = (index: number, says: RegExp) => ({ index, says });
const CONSOLES = /Serial ports setting and the Console tab/;
const DISPLAY = /Display setting/;
const PROCESS = /starts and supervises QEMU/;
const STORAGE = /Disks or CD-ROMs settings/;
const OPENS = /open a host file, socket or descriptor/;
const BARE = /opens an argument that is not an option as a disk image/;

const ROWS: Row[] = [
  // What extra arguments are for.
  [[], 'ok'],
  [['-no-reboot'], 'ok'],
  [['--no-reboot'], 'ok'],
  [['-device', 'virtio-rng-pci'], 'ok'],
  [['-device', 'usb-tablet'], 'ok'],
  [['-device', 'driver=virtio-rng-pci,id=rng0'], 'ok'],
  [['-device', 'virtio-serial-pci,id=vs0,max_ports=4'], 'ok'],
  [['-device', 'e1000,mac=52:54:00:12:34:56'], 'ok'],
  [['-device', 'virtio-rng-pci,serial=a,,romfile=/etc/shadow'], 'ok'], // ",," keeps it inside serial=
  [['-global', 'ICH9-LPC.disable_s3=1'], 'ok'],
  [['-global', 'driver=kvm-pit,property=lost_tick_policy,value=discard'], 'ok'],
  [['-object', 'rng-builtin,id=rng0', '-device', 'virtio-rng-pci,rng=rng0'], 'ok'],
  [['-object', 'iothread,id=io1'], 'ok'],
  [['-object', 'memory-backend-ram,id=m0,size=256M'], 'ok'],
  [['-object', 'throttle-group,id=t0,x-bps-total=1000000'], 'ok'],
  [['-object', 'secret,id=s0,data=letmein'], 'ok'],
  [['-rtc', 'base=localtime,clock=host'], 'ok'],
  [['-usb'], 'ok'],
  [['-usbdevice', 'tablet'], 'ok'],
  [['-k', 'fr'], 'ok'],
  [['-k', 'en-us'], 'ok'],
  [['-vga', 'qxl'], 'ok'],
  [['-smbios', 'type=1,manufacturer=ACME,,Inc,product=Box'], 'ok'],
  [['-audiodev', 'pa,id=snd0', '-device', 'intel-hda', '-device', 'hda-duplex,audiodev=snd0'], 'ok'],
  [['-fw_cfg', 'name=opt/org.example/x,string=hello'], 'ok'],
  [['-icount', 'shift=auto'], 'ok'],
  [['-overcommit', 'mem-lock=off'], 'ok'],
  [['-no-hpet'], 'ok'],
  [['-msg', 'timestamp=on'], 'ok'],
  [['-d', 'guest_errors,unimp'], 'ok'],
  [['-sandbox', 'on,obsolete=deny'], 'ok'],
  [['-numa', 'node,memdev=m0', '-object', 'memory-backend-ram,id=m0,size=1G'], 'ok'],
  [['-action', 'panic=none'], 'ok'],
  [['-watchdog-action', 'poweroff'], 'ok'],
  [['-mem-prealloc'], 'ok'],

  // The report: every example of what was accepted before.
  [['-qmp', 'tcp:0.0.0.0:14444'], refused(0, CONSOLES)],
  [['--qmp', 'tcp:0.0.0.0:14444'], refused(0, CONSOLES)],
  [['-vnc', '0.0.0.0:55'], refused(0, DISPLAY)],
  [['-daemonize'], refused(0, PROCESS)],
  [['-pidfile', '/tmp/x.pid'], refused(0, PROCESS)],
  [['-monitor', 'stdio'], refused(0, CONSOLES)],
  [['-runas', 'nobody'], refused(0, PROCESS)],
  [['-D', '/tmp/qemu.log'], refused(0, PROCESS)],
  [['-drive', 'file=/etc/shadow,format=raw'], refused(0, STORAGE)],
  // Every option VirtDesk manages names its setting.
  [['-qmp-pretty', 'unix:/tmp/q'], refused(0, CONSOLES)],
  [['-mon', 'chardev=ser0'], refused(0, CONSOLES)],
  [['-chardev', 'socket,id=x,path=/tmp/s,server=on'], refused(0, CONSOLES)],
  [['-serial', 'tcp::4444,server=on'], refused(0, CONSOLES)],
  // The virtio console's own chardev cannot be redefined or taken over (consoleDevice: 'virtio').
  [['-chardev', 'socket,id=hvc0,path=/tmp/h.sock,server=on,wait=off'], refused(0, CONSOLES)],
  [['-device', 'virtconsole,chardev=hvc0'], refused(1, OPENS)],
  [['-device', 'virtserialport,chardev=hvc0,name=org.x'], refused(1, OPENS)],
  [['-mon', 'chardev=hvc0'], refused(0, CONSOLES)],
  [['-device', 'virtio-serial-pci,id=vser0'], refused(1, /id VirtDesk gives its virtio console/)],
  [['-device', 'virtconsole,id=console0'], refused(1, /choose the virtio console in the Console setting/)],
  [['-parallel', 'none'], refused(0, CONSOLES)],
  [['-display', 'gtk'], refused(0, DISPLAY)],
  [['-spice', 'port=5930'], refused(0, DISPLAY)],
  [['-nographic'], refused(0, DISPLAY)],
  [['-name', 'evil'], refused(0, /Rename the VM/)],
  [['-name', '-qmp'], refused(0, /Rename the VM/)], // "-qmp" is -name's value here, not an option
  [['-uuid', '00000000-0000-0000-0000-000000000000'], refused(0, /Rename the VM/)],
  [['-chroot', '/tmp'], refused(0, PROCESS)],
  [['-S'], refused(0, PROCESS)],
  [['-incoming', 'tcp:0.0.0.0:4444'], refused(0, /Save state/)],
  [['-loadvm', 'snap1'], refused(0, /Snapshots tab/)],
  [['-snapshot'], refused(0, /Start disposable/)],
  [['-nodefaults'], refused(0, /builds QEMU's whole configuration/)],
  [['-no-user-config'], refused(0, /builds QEMU's whole configuration/)],
  [['-readconfig', '/etc/qemu.cfg'], refused(0, /builds QEMU's whole configuration/)],
  [['-writeconfig', '/tmp/out.cfg'], refused(0, /builds QEMU's whole configuration/)],
  [['-set', 'drive.disk0.file=/etc/shadow'], refused(0, /builds QEMU's whole configuration/)],
  [['-machine', 'q35'], refused(0, /Machine type and Accelerator settings/)],
  [['-M', 'pc'], refused(0, /Machine type and Accelerator settings/)],
  [['-accel', 'kvm'], refused(0, /Machine type and Accelerator settings/)],
  [['-enable-kvm'], refused(0, /Machine type and Accelerator settings/)],
  [['-cpu', 'max'], refused(0, /CPU model setting/)],
  [['-m', '4096'], refused(0, /Memory setting/)],
  [['-smp', '4'], refused(0, /CPUs setting/)],
  [['-boot', 'menu=on,splash=/etc/shadow'], refused(0, /Boot order/)],
  [['-blockdev', 'driver=file,filename=/etc/shadow,node-name=x'], refused(0, STORAGE)],
  [['-hda', '/etc/shadow'], refused(0, STORAGE)],
  [['-hdd', 'x.img'], refused(0, STORAGE)],
  [['-cdrom', '/proc/self/mem'], refused(0, STORAGE)],
  [['-fda', 'a.img'], refused(0, STORAGE)],
  [['-mtdblock', 'a.img'], refused(0, STORAGE)],
  [['-sd', 'a.img'], refused(0, STORAGE)],
  [['-pflash', 'OVMF.fd'], refused(0, STORAGE)],
  [['-bios', '/tmp/bios.bin'], refused(0, /Firmware setting/)],
  [['-L', '/tmp'], refused(0, /Firmware setting/)],
  [['-option-rom', '/etc/shadow'], refused(0, /Firmware setting/)],
  [['-kernel', '/boot/vmlinuz'], refused(0, /Kernel boot settings/)],
  [['-initrd', '/etc/shadow'], refused(0, /Kernel boot settings/)],
  [['-append', 'console=ttyS0'], refused(0, /Kernel boot settings/)],
  [['-dtb', 'x.dtb'], refused(0, /Kernel boot settings/)],
  [['-netdev', 'user,id=n1,hostfwd=tcp::2222-:22'], refused(0, /Network cards settings/)],
  [['-nic', 'user'], refused(0, /Network cards settings/)],
  [['-net', 'nic'], refused(0, /Network cards settings/)],
  [['-virtfs', 'local,path=/,mount_tag=root,security_model=none'], refused(0, /shares host folders itself.*Shared folders settings/)],
  [['-fsdev', 'local,id=f,path=/'], refused(0, /shares host folders itself.*Shared folders settings/)],
  [['-add-fd', 'fd=3,set=1'], refused(0, /file descriptors/)],
  [['-plugin', '/tmp/evil.so'], refused(0, /host library/)],
  [['-trace', 'events=/etc/shadow'], refused(0, /trace files/)],
  [['-qtest', 'unix:/tmp/q'], refused(0, /test harness/)],
  [['-gdb', 'tcp::1234'], refused(0, /debugger/)],
  [['-s'], refused(0, /TCP port 1234/)],
  [['-mem-path', '/dev/hugepages'], refused(0, /memory in host files/)],
  [['-no-shutdown'], refused(0, /stay after the guest powers off/)],
  [['-help'], refused(0, /print its help/)],

  // Inside allowed options: sub-options that open host files, sockets or descriptors.
  [['-device', 'virtio-rng-pci,romfile=/etc/shadow'], refused(1, OPENS)],
  [['-device', 'virtio-rng-pci,romfile'], refused(1, OPENS)], // a flag: romfile=on opens a file "on"
  [['-device', 'virtio-rng-pci,noromfile'], refused(1, OPENS)],
  [['-device', 'virtio-rng-pci,ROMFILE=/x'], refused(1, OPENS)],
  [['-device', 'virtconsole,chardev=ser0'], refused(1, OPENS)],
  [['-device', 'virtio-input-host-pci,evdev=/dev/input/event0'], refused(1, OPENS)],
  [['-device', 'vfio-pci,host=01:00.0'], refused(1, /passes a host PCI device/)],
  [['-device', 'usb-host,hostbus=1,hostaddr=2'], refused(1, /host USB device/)],
  [['-device', 'vhost-vsock-pci,guest-cid=3'], refused(1, /vhost/)],
  [['-device', 'loader,addr=0x1000,data=1,data-len=4'], refused(1, /loads host files/)],
  [['-device', '{"driver":"virtio-rng-pci","romfile":"/etc/shadow"}'], refused(1, /JSON/)],
  [['-device', 'help'], refused(1, /print help and exit/)],
  [['-device', 'e1000,help'], refused(1, /print help and exit/)],
  [['-object', 'memory-backend-file,id=m,size=1G,mem-path=/x'], refused(1, OPENS)],
  [['-object', 'memory-backend-file,id=m,size=1G'], refused(1, /object type "memory-backend-file"/)],
  [['-object', 'rng-random,id=r,filename=/etc/shadow'], refused(1, OPENS)],
  [['-object', 'rng-egd,id=r,chardev=ser0'], refused(1, OPENS)],
  [['-object', 'secret,id=s,file=/etc/shadow'], refused(1, OPENS)],
  [['-object', 'input-linux,id=i,evdev=/dev/input/event0'], refused(1, OPENS)],
  [['-object', 'filter-dump,id=f,netdev=n,file=/tmp/x.pcap'], refused(1, OPENS)],
  [['-object', 'tls-creds-x509,id=t,dir=/etc/pki'], refused(1, OPENS)],
  [['-global', 'virtio-net-pci.romfile=/etc/shadow'], refused(1, OPENS)],
  [['-global', 'isa-serial.chardev=ser0'], refused(1, OPENS)],
  [['-global', 'driver=e1000,property=romfile,value=/etc/shadow'], refused(1, OPENS)],
  [['-smbios', 'file=/etc/shadow'], refused(1, OPENS)],
  [['-smbios', 'type=11,path=/etc/shadow'], refused(1, OPENS)],
  [['-fw_cfg', 'name=opt/x,file=/etc/shadow'], refused(1, OPENS)],
  [['-audiodev', 'wav,id=a,path=/tmp/out.wav'], refused(1, OPENS)],
  [['-audiodev', 'wav,id=a'], refused(1, /writes host files/)],
  [['-audiodev', 'pa,id=a,server=unix:/run/evil'], refused(1, /sound server socket/)],
  [['-audiodev', 'alsa,id=a,out.dev=hw:0'], refused(1, /host device/)],
  [['-icount', 'shift=auto,rr=record,rrfile=/etc/shadow'], refused(1, OPENS)],
  [['-action', 'shutdown=pause'], refused(1, /shutdown=pause/)],
  [['-usbdevice', 'disk:/etc/shadow'], refused(1, /USB device VirtDesk can add/)],
  [['-vga', 'help'], refused(1, /print help/)],
  [['-k', '../../etc/shadow'], refused(1, /keyboard layout/)],

  // Shapes: bare words, missing values, unknown options, control characters.
  [['/etc/shadow'], refused(0, BARE)],
  [['-no-reboot', 'disk.img'], refused(1, BARE)],
  [[''], refused(0, BARE)],
  [['-'], refused(0, /lone dash/)],
  [['-device'], refused(0, /needs a value/)],
  [['-no-reboot', '-device'], refused(1, /needs a value/)],
  [['-device virtio-rng-pci'], refused(0, /two separate arguments/)],
  [['-device=virtio-rng-pci'], refused(0, /two separate arguments/)],
  [['-frobnicate', 'x'], refused(0, /no option -frobnicate/)],
  [['-soundhw', 'all'], refused(0, /no option -soundhw/)],
  [['---qmp', 'stdio'], refused(0, /no option --qmp/)],
  [['-no-reboot', '-usb\n-qmp'], refused(1, /control character/)],
  [['-device', 'virtio-rng-pci\u0000'], refused(1, /control character/)],
  // The value of an option is the next element, verbatim, even when it starts with "-".
  [['-k', '-qmp'], refused(1, /keyboard layout/)],
  [['-device', '-qmp'], 'ok'], // QEMU reads it as a driver named "-qmp" and refuses to start: no harm
];

describe('extra QEMU arguments', () => {
  it('has a table of at least 60 cases', () => expect(ROWS.length).toBeGreaterThanOrEqual(60));

  it.each(ROWS.map(([args, verdict]) => [JSON.stringify(args), args, verdict] as const))('%s', (_name, args, verdict) => {
    const problems = checkExtraArgs(args);
    if (verdict === 'ok') {
      expect(problems).toEqual([]);
      return;
    }
    expect(problems[0]).toMatchObject({ index: verdict.index, field: `extraArgs.${verdict.index}` });
    expect(problems[0]!.message.text).toMatch(verdict.says);
    // Every message names the argument by its position and ends with what to do.
    expect(problems[0]!.message.text).toMatch(new RegExp(`^Extra argument ${verdict.index + 1} \\(`));
    expect(problems[0]!.message.text).toMatch(/\. [A-Z][^]*\.$/);
  });

  it('reports every problem, one per argument, in order', () => {
    const problems = checkExtraArgs(['-qmp', 'stdio', '-usb', 'junk', '-vnc', ':0', '-device', 'x,romfile=/y']);
    expect(problems.map((p) => p.field)).toEqual(['extraArgs.0', 'extraArgs.3', 'extraArgs.4', 'extraArgs.7']);
  });

  it('throws all problems as one ApiError naming the first field', () => {
    expect(() => assertExtraArgs(['-usb'])).not.toThrow();
    try {
      assertExtraArgs(['-usb', '-qmp', 'tcp:0.0.0.0:1', '-D', 'x']);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ApiError);
      const e = err as ApiError;
      expect(e.code).toBe('invalid');
      expect(e.details).toMatchObject({ field: 'extraArgs.1', problems: [{ index: 1 }, { index: 3 }] });
      expect(e.message.split('\n')).toHaveLength(2);
    }
  });

  it('quotes a long argument shortly and without its control characters', () => {
    const [p] = checkExtraArgs([`-${'x'.repeat(500)}\n`]);
    expect(p!.message.text.length).toBeLessThan(400);
    expect(p!.message.text).not.toContain('\n');
  });
});

describe("QEMU's key=value syntax", () => {
  it('reads ",," as a literal comma, in the implied first value too', () => {
    expect(parseKeyVal('a,,b,serial=x,,y,,,z=1', 'driver')).toEqual([
      { key: 'driver', value: 'a,b', flag: true },
      { key: 'serial', value: 'x,y,', flag: false },
      { key: 'z', value: '1', flag: false },
    ]);
  });

  it('reads flags as on, "no" flags as off, and an empty value as empty', () => {
    expect(parseKeyVal('x,romfile,noacpi,a=')).toEqual([
      { key: 'x', value: 'on', flag: true },
      { key: 'romfile', value: 'on', flag: true },
      { key: 'acpi', value: 'off', flag: true },
      { key: 'a', value: '', flag: false },
    ]);
  });

  it('takes "=" inside a value as part of it', () => {
    expect(parseKeyVal('path=a=b,c=d')).toEqual([
      { key: 'path', value: 'a=b', flag: false },
      { key: 'c', value: 'd', flag: false },
    ]);
  });
});
