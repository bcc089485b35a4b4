import { describe, expect, it } from 'vitest';
import { ApiError, type OsInfo } from '../../../shared/api.js';
import { testHost as host } from '../../test-support/host.js';
import { newForwardRow } from '../../forms/forward-rows.js';
import {
  applyOs,
  boundedMemory,
  initialValues,
  numberText,
  suggestName,
  toCreateInput,
  toNumber,
  withConsoleDevice,
  withSourceKind,
  type WizardValues,
} from './wizard-values.js';
import { checkWizard, errorsOfStep, firstInvalidStep, placedMessage, placeEngineError, stepOfPath, stepValid } from './wizard-steps.js';
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
    const r = checkWizard(filled({ memoryMiB: '1024', cpus: '2', diskGiB: '8', accel: 'tcg' }), host, 'en');
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
    expect(
      toCreateInput(filled({ sourceKind: 'kernel', kernel: ' /b/vmlinuz', initrd: '', append: ' console=ttyS0 ' }), 'en').source,
    ).toEqual({
      kind: 'kernel',
      kernel: '/b/vmlinuz',
      initrd: null,
      append: 'console=ttyS0',
    });
    expect(toCreateInput(filled({ sourceKind: 'import', importPath: '/i/a.vmdk', importMode: 'overlay' }), 'en').source).toEqual({
      kind: 'import',
      path: '/i/a.vmdk',
      mode: 'overlay',
    });
    expect(toCreateInput(filled({ sourceKind: 'pxe' }), 'en').source).toEqual({ kind: 'pxe' });
  });

  it('builds the network: forwards, bridge, model, MAC in lower case, none', () => {
    const row = newForwardRow([]);
    const user = toCreateInput(filled({ forwards: [row], nicModel: 'e1000', mac: ' 52:54:00:AB:cd:01 ' }), 'en').network;
    expect(user).toEqual({
      mode: 'user',
      forwards: [{ proto: 'tcp', hostPort: 2222, guestPort: 22 }],
      model: 'e1000',
      mac: '52:54:00:ab:cd:01',
    });
    expect(toCreateInput(filled({ netMode: 'bridge', bridge: ' br0 ' }), 'en').network).toEqual({ mode: 'bridge', bridge: 'br0' });
    expect(toCreateInput(filled({ netMode: 'none', mac: '52:54:00:00:00:01' }), 'en').network).toEqual({ mode: 'none' });
  });

  it('builds storage choices and leaves an empty description out', () => {
    expect(toCreateInput(filled({ storageKind: 'existing', diskPath: ' /d.raw ' }), 'en').storage).toEqual({
      kind: 'existing',
      path: '/d.raw',
    });
    expect(toCreateInput(filled({ storageKind: 'none' }), 'en').storage).toEqual({ kind: 'none' });
    expect(toCreateInput(filled({ description: '  ' }), 'en').description).toBeUndefined();
    expect(toCreateInput(filled({ description: ' notes ' }), 'en').description).toBe('notes');
  });
});

describe('numbers as a person types them, in their language', () => {
  it('reads "1,5" as one and a half in French, and refuses it in English rather than guess', () => {
    expect(toNumber('1,5', 'fr')).toBe(1.5);
    expect(toNumber('1.5', 'fr')).toBe(1.5);
    expect(toNumber(' 2 048 ', 'fr')).toBe(2048);
    expect(toNumber('1.5', 'en')).toBe(1.5);
    expect(toNumber('1,5', 'en')).toBeNaN();
    expect(toNumber('abc', 'fr')).toBeNaN();
    expect(toNumber('  ', 'fr')).toBeUndefined();
  });

  it('a 1,5 GiB disk in French is a 1.5 GiB disk; in English the field asks for a number', () => {
    const fr = checkWizard(filled({ diskGiB: '1,5', memoryMiB: '1 024' }), host, 'fr');
    expect(fr.errors).toEqual({});
    expect(fr.input?.storage).toEqual({ kind: 'new', sizeGiB: 1.5, format: 'qcow2' });
    expect(fr.input?.memoryMiB).toBe(1024);
    const en = checkWizard(filled({ diskGiB: '1,5' }), host, 'en');
    expect(en.input).toBeNull();
    expect(en.errors['storage.sizeGiB']?.message).toMatch(/number/i);
    expect(checkWizard(filled({ diskGiB: '1.5' }), host, 'en').input?.storage).toMatchObject({ sizeGiB: 1.5 });
  });

  it('memory stays whole MiB in either language: "1,5" is a number, but not a whole one', () => {
    expect(checkWizard(filled({ memoryMiB: '1,5' }), host, 'fr').errors.memoryMiB?.message).toMatch(/whole number/);
    expect(checkWizard(filled({ memoryMiB: '1,5' }), host, 'en').errors.memoryMiB?.message).toMatch(/as a number/);
  });

  it("an OS's defaults are written into the fields as the reader types numbers", () => {
    const half = { ...debian, defaults: { ...debian.defaults, diskGiB: 1.5 } };
    expect(applyOs(filled(), half, host, [], 'fr').diskGiB).toBe('1,5');
    expect(applyOs(filled(), half, host, [], 'en').diskGiB).toBe('1.5');
    // No digit grouping: "2,048" would read back as no number in English.
    expect(numberText(2048, 'en')).toBe('2048');
    expect(numberText(2048, 'fr')).toBe('2048');
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
    const { errors, input } = checkWizard(bad, host, 'en');
    expect(input).toBeNull();
    expect(errors['source.isoPath']?.message).toMatch(/full path/);
    expect(errors.memoryMiB?.message).toMatch(/at least 32 MiB/);
    expect(errors.name?.message).toMatch(/start with a letter or digit/);
    expect(errors['network.forwards.0.hostPort']?.message).toMatch(/1024/);
    expect(errors['network.mac']?.message).toMatch(/52:54:00/);
    expect(stepValid(errors, 'source')).toBe(false);
    expect(stepValid(errors, 'os')).toBe(true);
    expect(stepValid(errors, 'resources')).toBe(false);
    expect(stepValid(errors, 'storage')).toBe(true);
    expect(Object.keys(errorsOfStep(errors, 'network')).sort()).toEqual(['name', 'network.forwards.0.hostPort', 'network.mac']);
    expect(stepValid(errors, 'review')).toBe(false);
    expect(firstInvalidStep(errors)).toBe('source');
  });

  it('refuses memory above the host and an empty number', () => {
    expect(checkWizard(filled({ memoryMiB: '9000' }), host, 'en').errors.memoryMiB?.message).toMatch(/8192 MiB/);
    expect(checkWizard(filled({ memoryMiB: ' ' }), host, 'en').errors.memoryMiB?.message).toMatch(/number/);
    expect(checkWizard(filled({ cpus: '5' }), host, 'en').errors.cpus?.message).toMatch(/4 CPU threads/);
  });

  it('needs a NIC for network boot (on the network step) and no existing disk for an import', () => {
    const pxe = checkWizard(filled({ sourceKind: 'pxe', netMode: 'none' }), host, 'en').errors;
    expect(stepOfPath(Object.keys(pxe)[0]!)).toBe('network');
    const imp = checkWizard(
      filled({ sourceKind: 'import', importPath: '/i.qcow2', storageKind: 'existing', diskPath: '/d.qcow2' }),
      host,
      'en',
    ).errors;
    expect(imp['storage.kind']?.message).toMatch(/already the disk/);
  });

  it('still validates before host() has answered', () => {
    expect(checkWizard(filled(), null, 'en').input).not.toBeNull();
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
    const v = applyOs(filled({ name: '', userSet: { cpus: true }, cpus: '3' }), debian, host, ['debian12'], 'en');
    expect(v.osId).toBe('debian12');
    expect(v.memoryMiB).toBe('2048');
    expect(v.cpus).toBe('3');
    expect(v.diskGiB).toBe('20');
    expect(v.name).toBe('debian12-2');
    const small = applyOs(initialValues(null), debian, { ...host, memTotalMiB: 2000, cpuThreads: 1 }, [], 'en');
    expect(small.memoryMiB).toBe('768');
    expect(small.cpus).toBe('1');
  });

  it('keeps a typed name', () => {
    expect(applyOs(filled({ userSet: { name: true } }), debian, host, [], 'en').name).toBe(' web 1 ');
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
    expect(placedMessage(placeEngineError(busy))).toBe('Host port 2222/tcp is already in use by another program');
    // A message about another path keeps it; so does one without a field.
    const other = new ApiError('conflict', 'name: taken', { field });
    expect(placedMessage(placeEngineError(other))).toBe('name: taken');
    expect(placedMessage(placeEngineError(new ApiError('io', 'name: x')))).toBe('name: x');
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

describe('the console device in the wizard', () => {
  it('the proposed kernel command line follows the console; a typed one is left alone', () => {
    const v = initialValues(host);
    expect(v.consoleDevice).toBe('serial');
    const virtio = withConsoleDevice(v, 'virtio');
    expect(virtio.append).toBe('console=hvc0');
    expect(withConsoleDevice(virtio, 'serial').append).toBe('console=ttyS0');
    const typed = withConsoleDevice({ ...v, append: 'console=ttyS0 root=/dev/vda1' }, 'virtio');
    expect(typed.append).toBe('console=ttyS0 root=/dev/vda1');
  });

  it('reaches the engine', () => {
    const v = withConsoleDevice({ ...initialValues(host), sourceKind: 'kernel', kernel: '/k' }, 'virtio');
    expect(toCreateInput(v, 'en')).toMatchObject({ consoleDevice: 'virtio', source: { kind: 'kernel', append: 'console=hvc0' } });
  });
});

describe('the guest agent in the wizard', () => {
  it('is on by default (the engine’s default too), and only switching it off reaches the engine', () => {
    const v = initialValues(host);
    expect(v.guestAgent).toBe(true);
    expect(toCreateInput(v, 'en')).not.toHaveProperty('guestAgent');
    expect(toCreateInput({ ...v, guestAgent: false }, 'en')).toMatchObject({ guestAgent: false });
  });
});
