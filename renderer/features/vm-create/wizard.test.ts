import { describe, expect, it } from 'vitest';
import { ApiError, type OsInfo } from '../../../shared/api.js';
import { testHost as host } from '../../test-support/host.js';
import { newForwardRow } from '../../forms/forward-rows.js';
import { applyOs, boundedMemory, initialValues, suggestName, toCreateInput, withSourceKind, type WizardValues } from './wizard-values.js';
import { checkWizard, errorsOfStep, firstInvalidStep, placeEngineError, stepOfPath, stepValid } from './wizard-steps.js';
import { addRecent, readRecentMedia, rememberMedia } from './recent-media.js';

const debian: OsInfo = {
  id: 'debian12',
  name: 'Debian 12 (bookworm)',
  family: 'linux',
  defaults: { memoryMiB: 2048, cpus: 2, diskGiB: 20, firmware: 'bios', diskBus: 'virtio', nicModel: 'virtio-net-pci', machine: 'q35' },
};

const filled = (over: Partial<WizardValues> = {}): WizardValues => ({
  ...initialValues(host),
  name: ' web 1 ',
  isoPath: ' /isos/debian.iso ',
  ...over,
});

describe('building CreateVmInput from the wizard', () => {
  it('passes an ISO install with trimmed paths and numbers', () => {
    const r = checkWizard(filled({ memoryMiB: '1024', cpus: '2', diskGiB: '8', accel: 'tcg' }), host);
    expect(r.errors).toEqual({});
    expect(r.input).toEqual({
      name: 'web 1',
      osId: null,
      source: { kind: 'iso', isoPath: '/isos/debian.iso' },
      memoryMiB: 1024,
      cpus: 2,
      accel: 'tcg',
      storage: { kind: 'new', sizeGiB: 8, format: 'qcow2' },
      network: { mode: 'user', forwards: [] },
    });
  });

  it('builds each install source', () => {
    expect(toCreateInput(filled({ sourceKind: 'kernel', kernel: ' /b/vmlinuz', initrd: '', append: ' console=ttyS0 ' })).source).toEqual({
      kind: 'kernel',
      kernel: '/b/vmlinuz',
      initrd: null,
      append: 'console=ttyS0',
    });
    expect(toCreateInput(filled({ sourceKind: 'import', importPath: '/i/a.vmdk', importMode: 'overlay' })).source).toEqual({
      kind: 'import',
      path: '/i/a.vmdk',
      mode: 'overlay',
    });
    expect(toCreateInput(filled({ sourceKind: 'pxe' })).source).toEqual({ kind: 'pxe' });
  });

  it('builds the network: forwards, bridge, model, MAC in lower case, none', () => {
    const row = newForwardRow([]);
    const user = toCreateInput(filled({ forwards: [row], nicModel: 'e1000', mac: ' 52:54:00:AB:cd:01 ' })).network;
    expect(user).toEqual({
      mode: 'user',
      forwards: [{ proto: 'tcp', hostPort: 2222, guestPort: 22 }],
      model: 'e1000',
      mac: '52:54:00:ab:cd:01',
    });
    expect(toCreateInput(filled({ netMode: 'bridge', bridge: ' br0 ' })).network).toEqual({ mode: 'bridge', bridge: 'br0' });
    expect(toCreateInput(filled({ netMode: 'none', mac: '52:54:00:00:00:01' })).network).toEqual({ mode: 'none' });
  });

  it('builds storage choices and leaves an empty description out', () => {
    expect(toCreateInput(filled({ storageKind: 'existing', diskPath: ' /d.raw ' })).storage).toEqual({ kind: 'existing', path: '/d.raw' });
    expect(toCreateInput(filled({ storageKind: 'none' })).storage).toEqual({ kind: 'none' });
    expect(toCreateInput(filled({ description: '  ' })).description).toBeUndefined();
    expect(toCreateInput(filled({ description: ' notes ' })).description).toBe('notes');
  });
});

describe('wizard step validity', () => {
  it('puts each bad value on its own step and holds that step back', () => {
    const bad = filled({
      isoPath: 'debian.iso',
      memoryMiB: '0',
      name: '../x',
      forwards: [{ key: 'k', proto: 'tcp', hostPort: '80', guestPort: '22' }],
      mac: '12:34:56:78:9a:bc',
    });
    const { errors, input } = checkWizard(bad, host);
    expect(input).toBeNull();
    expect(errors['source.isoPath']).toMatch(/full path/);
    expect(errors.memoryMiB).toMatch(/at least 32 MiB/);
    expect(errors.name).toMatch(/start with a letter or digit/);
    expect(errors['network.forwards.0.hostPort']).toMatch(/1024/);
    expect(errors['network.mac']).toMatch(/52:54:00/);
    expect(stepValid(errors, 'source')).toBe(false);
    expect(stepValid(errors, 'os')).toBe(true);
    expect(stepValid(errors, 'resources')).toBe(false);
    expect(stepValid(errors, 'storage')).toBe(true);
    expect(Object.keys(errorsOfStep(errors, 'network')).sort()).toEqual(['name', 'network.forwards.0.hostPort', 'network.mac']);
    expect(stepValid(errors, 'review')).toBe(false);
    expect(firstInvalidStep(errors)).toBe('source');
  });

  it('refuses memory above the host and an empty number', () => {
    expect(checkWizard(filled({ memoryMiB: '9000' }), host).errors.memoryMiB).toMatch(/8192 MiB/);
    expect(checkWizard(filled({ memoryMiB: ' ' }), host).errors.memoryMiB).toMatch(/number/);
    expect(checkWizard(filled({ cpus: '5' }), host).errors.cpus).toMatch(/4 CPU threads/);
  });

  it('needs a NIC for network boot (on the network step) and no existing disk for an import', () => {
    const pxe = checkWizard(filled({ sourceKind: 'pxe', netMode: 'none' }), host).errors;
    expect(stepOfPath(Object.keys(pxe)[0]!)).toBe('network');
    const imp = checkWizard(
      filled({ sourceKind: 'import', importPath: '/i.qcow2', storageKind: 'existing', diskPath: '/d.qcow2' }),
      host,
    ).errors;
    expect(imp['storage.kind']).toMatch(/already the disk/);
  });

  it('still validates before host() has answered', () => {
    expect(checkWizard(filled(), null).input).not.toBeNull();
  });

  it('maps paths to steps', () => {
    expect(stepOfPath('network.forwards.3.guestPort')).toBe('network');
    expect(stepOfPath('source.initrd')).toBe('source');
    expect(stepOfPath('osId')).toBe('os');
    expect(stepOfPath('somethingElse')).toBe('review');
  });
});

describe('OS defaults and source changes', () => {
  it('takes the OS defaults for untouched fields, bounded by the host, and suggests a free name', () => {
    const v = applyOs(filled({ name: '', userSet: { cpus: true }, cpus: '3' }), debian, host, ['debian12']);
    expect(v.osId).toBe('debian12');
    expect(v.memoryMiB).toBe('2048');
    expect(v.cpus).toBe('3');
    expect(v.diskGiB).toBe('20');
    expect(v.name).toBe('debian12-2');
    const small = applyOs(initialValues(null), debian, { ...host, memTotalMiB: 2000, cpuThreads: 1 }, []);
    expect(small.memoryMiB).toBe('768');
    expect(small.cpus).toBe('1');
  });

  it('keeps a typed name', () => {
    expect(applyOs(filled({ userSet: { name: true } }), debian, host, []).name).toBe(' web 1 ');
  });

  it('bounds memory to half of a small host', () => {
    expect(boundedMemory(4096, { ...host, memTotalMiB: 4096 })).toBe(2048);
    expect(boundedMemory(1024, { ...host, memTotalMiB: 4096 })).toBe(1024);
    expect(boundedMemory(4096, null)).toBe(4096);
  });

  it('an import brings its own disk; leaving import brings a new disk back', () => {
    const imp = withSourceKind(filled(), 'import');
    expect(imp.storageKind).toBe('none');
    expect(withSourceKind(imp, 'iso').storageKind).toBe('new');
    expect(withSourceKind(filled({ storageKind: 'existing' }), 'pxe').storageKind).toBe('existing');
  });

  it('suggests valid names', () => {
    expect(suggestName('.hidden/../x', [])).toBe('hidden-..-x');
    expect(suggestName('', [])).toBe('vm');
    expect(suggestName('Debian', ['debian', 'Debian-2'])).toBe('Debian-3');
  });
});

describe('placing engine errors', () => {
  it('uses the issue path of an invalid input', () => {
    const err = new ApiError('invalid', 'memoryMiB: too much', {
      field: 'memoryMiB',
      issues: [{ path: 'memoryMiB', message: 'too much' }],
    });
    expect(placeEngineError(err)).toMatchObject({ step: 'resources', field: 'memoryMiB' });
  });
  it('uses the field the engine names for file, name, port and MAC errors', () => {
    const at = (field: string) => new ApiError('conflict', 'msg', { field });
    expect(placeEngineError(at('source.isoPath'))).toMatchObject({ step: 'source', field: 'source.isoPath' });
    expect(placeEngineError(at('name'))).toMatchObject({ step: 'network', field: 'name' });
    expect(placeEngineError(at('network.forwards.1.hostPort'))).toMatchObject({ step: 'network', field: 'network.forwards.1.hostPort' });
    expect(placeEngineError(new ApiError('io', 'disk full'))).toMatchObject({ step: 'review', field: null });
  });
  it('drops the input path the message starts with: it shows under that field', () => {
    const field = 'network.forwards.0.hostPort';
    const busy = new ApiError('conflict', `${field}: host port 2222/tcp is already in use by another program`, { field });
    expect(placeEngineError(busy).message).toBe('Host port 2222/tcp is already in use by another program');
    // A message about another path keeps it; so does one without a field.
    const other = new ApiError('conflict', 'name: taken', { field });
    expect(placeEngineError(other).message).toBe('name: taken');
    expect(placeEngineError(new ApiError('io', 'name: x')).message).toBe('name: x');
  });
});

describe('recent media', () => {
  it('keeps the newest first, once each, at most six', () => {
    let list: string[] = [];
    for (const p of ['/a', '/b', '/a', '/c', '/d', '/e', '/f', '/g']) list = addRecent(list, p);
    expect(list).toEqual(['/g', '/f', '/e', '/d', '/c', '/a']);
  });
  it('survives a missing or broken store', () => {
    const data: Record<string, string> = { 'virtdesk.recentMedia': '{broken' };
    const store = { getItem: (k: string) => data[k] ?? null, setItem: (k: string, v: string) => void (data[k] = v) };
    expect(readRecentMedia(store)).toEqual([]);
    rememberMedia('/x.iso', store);
    expect(readRecentMedia(store)).toEqual(['/x.iso']);
    expect(readRecentMedia(null)).toEqual([]);
  });
});
