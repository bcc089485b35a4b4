// libvirt as a peer: the same guest as VirtDesk's kernel twin (lib/guest.mjs kernelVm), defined as a
// libvirt domain from generated XML and driven with virsh (argv arrays, never a shell), the way
// virt-manager's users reach it. Every domain the bench defines is named `vdbench-lv-...`, destroyed and
// undefined afterwards, also on Ctrl-C (abandonLibvirt), so a run leaves libvirt as it found it.
import { execFile, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';

export const LIBVIRT_URI = process.env.LIBVIRT_URI || 'qemu:///system';
export const DOMAIN_PREFIX = 'vdbench-lv-';
const run = promisify(execFile);

/** virsh with the bench's connection; resolves with stdout. */
export async function virsh(...args) {
  const { stdout } = await run('virsh', ['-q', '-c', LIBVIRT_URI, ...args], { maxBuffer: 16 * 2 ** 20 });
  return stdout;
}

const HOW =
  'apt-get install -y --no-install-recommends libvirt-daemon-system libvirt-clients; ' +
  'in /etc/libvirt/qemu.conf set user = "root" and group = "root"; then virtlogd -d && libvirtd -d (see BENCHMARKS.md)';

/**
 * { ok: true, version, libvirtdPid } when virsh answers on LIBVIRT_URI, else { ok: false, why } with
 * the one line the bench prints in place of the libvirt column.
 */
export function detectLibvirt() {
  try {
    execFileSync('virsh', ['--version'], { stdio: 'ignore' });
  } catch {
    return { ok: false, why: `libvirt column empty: no virsh on PATH. To get it: ${HOW}` };
  }
  try {
    const version = execFileSync('virsh', ['-c', LIBVIRT_URI, 'version', '--daemon'], { encoding: 'utf8', timeout: 10_000 });
    const daemon = /Running against daemon: (\S+)/.exec(version)?.[1] ?? '?';
    return { ok: true, version: `libvirt ${daemon}`, libvirtdPid: daemonPid('libvirtd'), virtlogdPid: daemonPid('virtlogd') };
  } catch (err) {
    const first = String(err.stderr ?? err.message)
      .trim()
      .split('\n')[0];
    return { ok: false, why: `libvirt column empty: virsh cannot reach ${LIBVIRT_URI} (${first}). To get it: ${HOW}` };
  }
}

/** The pid of a daemon by its executable's name, from /proc (pgrep would be one more dependency). */
export function daemonPid(name) {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) return Number(entry);
    } catch {
      /* gone meanwhile */
    }
  }
  return null;
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');

/**
 * The domain XML of a VirtDesk VmConfig with a kernel source: TCG (`type='qemu'`), the same machine
 * family, memory, vCPUs, kernel/initrd/append, ACPI on and a virtio balloon as VirtDesk's argv has, no
 * disk, no network, no USB controller, no display; the serial port on a pty that libvirt allocates.
 */
export function domainXml(name, config) {
  const src = config.kernel;
  if (!src) throw new Error(`libvirt bench: VM "${config.name}" has no kernel in its config; create it with a kernel source (kernelVm)`);
  // The same machine family as VirtDesk's argv ("pc" or "q35"), libvirt picks its newest version.
  const machine = /q35/.test(config.machine) ? 'q35' : 'pc';
  return `<domain type='qemu'>
  <name>${esc(name)}</name>
  <memory unit='MiB'>${config.memoryMiB}</memory>
  <vcpu>${config.cpus}</vcpu>
  <os>
    <type arch='x86_64' machine='${machine}'>hvm</type>
    <kernel>${esc(src.kernel)}</kernel>
${src.initrd ? `    <initrd>${esc(src.initrd)}</initrd>\n` : ''}    <cmdline>${esc(src.append ?? '')}</cmdline>
  </os>
  <features><acpi/></features>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>destroy</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <controller type='usb' model='none'/>
    <serial type='pty'><target port='0'/></serial>
    <console type='pty'><target type='serial' port='0'/></console>
    <memballoon model='${config.balloon === false ? 'none' : 'virtio'}'/>
  </devices>
</domain>
`;
}

/** Domains defined and not yet undefined: what abandonLibvirt removes. */
const defined = new Set();

/** Defines a domain (from a temporary XML file: virsh define reads a file) and returns its name. */
export async function defineDomain(name, config, tmpDir) {
  const file = `${tmpDir}/${name}.xml`;
  fs.writeFileSync(file, domainXml(name, config));
  defined.add(name);
  try {
    await virsh('define', file);
  } finally {
    fs.rmSync(file, { force: true });
  }
  return name;
}

/** Forces the domain off if it runs; errors from a domain already off are expected and ignored. */
export async function destroyDomain(name) {
  await virsh('destroy', name).catch(() => {});
}

export async function removeDomain(name) {
  await destroyDomain(name);
  await virsh('undefine', name).catch(() => {});
  defined.delete(name);
}

/** The pty libvirt allocated for the running domain's console (`virsh ttyconsole`). */
export async function consolePty(name) {
  const pty = (await virsh('ttyconsole', name)).trim();
  if (!pty.startsWith('/dev/pts/')) throw new Error(`libvirt bench: virsh ttyconsole ${name} gave "${pty}", not a pty`);
  return pty;
}

/** Interrupted: no time for awaiting; destroy and undefine every domain still defined, in one virsh. */
export function abandonLibvirt() {
  if (!defined.size) return;
  const input = [...defined].map((name) => `destroy ${name}\nundefine ${name}\n`).join('');
  try {
    execFileSync('virsh', ['-q', '-c', LIBVIRT_URI], { input, stdio: ['pipe', 'ignore', 'ignore'], timeout: 60_000 });
  } catch {
    /* some were already off or gone */
  }
  defined.clear();
}

/** Notes a domain defined by other means (a virshSession), so that abandonLibvirt removes it too. */
export function track(name) {
  defined.add(name);
}

/** Forgets a domain undefined by other means. */
export function untrack(name) {
  defined.delete(name);
}

/**
 * One long-lived `virsh` reading commands on stdin (it echoes each one after a "virsh # " prompt), as a client that keeps its
 * connection open does. ask(cmd) resolves with that command's output: each command is followed by
 * `echo <marker>` and the output is cut at the marker.
 */
export function virshSession() {
  const child = spawn('virsh', ['-q', '-c', LIBVIRT_URI], { stdio: ['pipe', 'pipe', 'inherit'] });
  let buf = '';
  let waiting = null;
  let n = 0;
  child.stdout.on('data', (d) => {
    buf += d.toString();
    if (!waiting) return;
    // virsh echoes each command it reads ("virsh # echo M\n") and prints echo's text without a newline:
    // the marker counts only at the start of a line.
    const at = ('\n' + buf).indexOf(`\n${waiting.marker}`);
    if (at < 0) return;
    const out = buf
      .slice(0, at)
      .split('\n')
      .filter((l) => !l.startsWith('virsh # '))
      .join('\n');
    buf = buf.slice(at + waiting.marker.length);
    const w = waiting;
    waiting = null;
    clearTimeout(w.timer);
    w.resolve(out);
  });
  let gone = null;
  child.once('exit', (code) => {
    gone = new Error(`libvirt bench: the long-lived virsh exited (${code})`);
    if (waiting) waiting.reject(gone);
  });
  return {
    ask(cmd) {
      const marker = `__vdbench_${++n}__`;
      if (gone) return Promise.reject(gone);
      return new Promise((resolve, reject) => {
        // A hung virsh must fail the bench, not stall it.
        const timer = setTimeout(() => reject(new Error(`libvirt bench: virsh did not answer "${cmd}" in 60 s`)), 60_000);
        waiting = { marker, resolve, reject, timer };
        child.stdin.write(`${cmd}\necho ${marker}\n`);
      });
    },
    close() {
      child.stdin.end();
      child.kill();
    },
  };
}
