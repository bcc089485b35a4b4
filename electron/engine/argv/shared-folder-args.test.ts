// virtiofsd's own command line, and the exported script that starts it before QEMU.
import { describe, expect, it } from 'vitest';
import type { HostInfo } from '../../../shared/model/index.js';
import { base } from '../test-support/argv-cases.js';
import { exportScript } from './export-script.js';
import { virtiofsdArgs, virtiofsdCommands } from './shared-folder-args.js';

const rw = { hostPath: '/home/ann/shared', tag: 'shared', readOnly: false };

describe('virtiofsd arguments', () => {
  it('serve the folder on the socket QEMU connects to', () => {
    expect(virtiofsdArgs(rw, '/run/x/virtiofs0.sock')).toEqual([
      '--socket-path=/run/x/virtiofs0.sock',
      '-o',
      'source=/home/ann/shared',
      '-o',
      'cache=auto',
    ]);
  });
  it('escape a comma (and a backslash) in the folder, which FUSE options would split on', () => {
    expect(virtiofsdArgs({ ...rw, hostPath: '/srv/tp,1\\a' }, '/s')[2]).toBe('source=/srv/tp\\,1\\\\a');
  });
  it('exist for virtiofs shares only, named by their index', () => {
    const vm = { ...base, sharedFolders: [{ ...rw, readOnly: true, tag: 'ro' }, rw] };
    expect(virtiofsdCommands(vm, { virtiofsdUsable: true }, '/run/x').map((c) => [c.tag, c.socket])).toEqual([
      ['shared', '/run/x/virtiofs1.sock'],
    ]);
    expect(virtiofsdCommands(vm, { virtiofsdUsable: false }, '/run/x')).toEqual([]);
  });
});

describe('the exported script', () => {
  // What exportScript reads of the host: KVM, and which virtiofsd can run.
  const host = (virtiofsd: string | null) => ({ kvm: { usable: false }, qemu: { virtiofsd } }) as HostInfo;
  it('starts virtiofsd in the background and waits for its socket before QEMU', () => {
    const script = exportScript({ ...base, sharedFolders: [rw] }, host('/usr/lib/qemu/virtiofsd'), null, '/vms/x');
    const lines = script.split('\n');
    const daemon = lines.findIndex((l) =>
      l.startsWith('/usr/lib/qemu/virtiofsd --socket-path=/tmp/virtdesk-export-0b5e6a52/virtiofs0.sock'),
    );
    const wait = lines.findIndex((l) => l.startsWith('while [ ! -S /tmp/virtdesk-export-0b5e6a52/virtiofs0.sock ]'));
    const qemu = lines.findIndex((l) => l.startsWith('exec qemu-system-x86_64'));
    expect(daemon).toBeGreaterThan(0);
    expect(lines[daemon]).toMatch(/ &$/);
    expect([daemon < wait, wait < qemu]).toEqual([true, true]);
    expect(lines.slice(qemu).join('\n')).toContain('vhost-user-fs-pci');
  });
  it('needs no virtiofsd where the share goes over 9p', () => {
    const script = exportScript({ ...base, sharedFolders: [rw] }, host(null), null, '/vms/x');
    expect(script).not.toContain('virtiofsd');
    expect(script).toContain('virtio-9p-pci');
  });
});
