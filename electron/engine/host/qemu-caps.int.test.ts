// readQemuCapabilities against the real qemu-system-x86_64 here. The cache is proven with a wrapper
// script that logs each time it runs QEMU: a cache hit must not add a line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QemuCapabilities } from '../../../shared/model/index.js';
import { run } from '../process/run.js';
import { findProgram } from './find-program.js';
import { readQemuCapabilities } from './qemu-caps.js';

const qemu = findProgram('qemu-system-x86_64');
let tmp: string;
let version: string;
let caps: QemuCapabilities;

/** A stand-in binary: logs its arguments, then runs the real QEMU (or fails for `failOn`). */
function wrapper(name: string, failOn?: string): { bin: string; calls: () => string[] } {
  const bin = path.join(tmp, name);
  const log = `${bin}.log`;
  const fail = failOn ? `if [ "$1" = "${failOn}" ]; then echo "qemu: simulated failure of $1" >&2; exit 3; fi\n` : '';
  fs.writeFileSync(bin, `#!/bin/sh\necho "$*" >> '${log}'\n${fail}exec '${qemu}' "$@"\n`, { mode: 0o755 });
  return { bin, calls: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : []) };
}

beforeAll(async () => {
  if (!qemu) throw new Error('qemu-system-x86_64 is not on PATH: install qemu-system-x86 to run this test');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-caps-'));
  const { stdout } = await run(qemu, ['--version']);
  version = /version (\d+\.\d+\.\d+)/.exec(stdout)?.[1] ?? 'unknown';
  caps = await readQemuCapabilities(qemu, { cacheDir: path.join(tmp, 'cache'), version });
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('readQemuCapabilities (real QEMU)', () => {
  it('reads machine types: the default i440fx with its "pc" alias, and q35', () => {
    expect(caps.binary).toBe(qemu);
    expect(caps.version).toBe(version);
    const defaults = caps.machines.filter((m) => m.isDefault);
    expect(defaults).toHaveLength(1);
    expect(defaults[0]).toMatchObject({ alias: 'pc', description: 'Standard PC (i440FX + PIIX, 1996)' });
    expect(defaults[0]?.name).toMatch(/^pc-i440fx-\d+\.\d+$/);
    if (version.startsWith('7.2.')) {
      expect(defaults[0]?.name).toBe('pc-i440fx-7.2');
      expect(caps.machines.find((m) => m.name === 'pc-q35-7.2')?.alias).toBe('q35');
    }
    expect(caps.machines.find((m) => m.name === 'q35')).toMatchObject({ alias: null, isDefault: false });
    expect(caps.machines.find((m) => m.name === 'pc')).toMatchObject({ alias: null });
  });

  it('reads CPU models, devices by category and accelerators', () => {
    const cpuNames = caps.cpus.map((c) => c.name);
    expect(cpuNames).toEqual(expect.arrayContaining(['qemu64', 'max', 'host']));
    const device = (name: string) => caps.devices.find((d) => d.name === name);
    expect(device('virtio-net-pci')).toMatchObject({ category: 'Network devices', bus: 'PCI', alias: 'virtio-net' });
    expect(device('e1000')?.category).toBe('Network devices');
    expect(device('VGA')).toMatchObject({ category: 'Display devices', bus: 'PCI' });
    expect(device('virtio-vga')?.category).toBe('Display devices');
    expect(caps.accelerators).toEqual(expect.arrayContaining(['kvm', 'tcg']));
  });

  it('finds SeaBIOS among the installed firmware', () => {
    const bios = caps.firmware.filter((f) => f.kind === 'bios');
    expect(bios.length).toBeGreaterThan(0);
    expect(bios.some((f) => /bios(-256k)?\.bin$/.test(f.path))).toBe(true);
    for (const f of caps.firmware) {
      expect(fs.existsSync(f.path), f.path).toBe(true);
      if (f.varsTemplate) expect(fs.existsSync(f.varsTemplate), f.varsTemplate).toBe(true);
    }
  });

  it('answers a second call from the cache without running QEMU, and reads again when the key changes', async () => {
    const cacheDir = path.join(tmp, 'cache-wrapped');
    const w = wrapper('qemu-wrapped');
    const first = await readQemuCapabilities(w.bin, { cacheDir, version });
    expect(w.calls().sort()).toEqual(['-accel help', '-cpu help', '-device help', '-machine help']);
    expect(first).toEqual({ ...caps, binary: w.bin });

    const second = await readQemuCapabilities(w.bin, { cacheDir, version });
    expect(w.calls()).toHaveLength(4); // QEMU did not run again
    expect(second).toEqual(first);

    // Another version string (an upgrade the probe noticed) is a miss...
    const upgraded = await readQemuCapabilities(w.bin, { cacheDir, version: `${version}-other` });
    expect(w.calls()).toHaveLength(8);
    expect(upgraded).toEqual({ ...first, version: `${version}-other` });

    // ...and so is a binary replaced in place (new mtime) under the same version.
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(w.bin, later, later);
    await readQemuCapabilities(w.bin, { cacheDir, version });
    expect(w.calls()).toHaveLength(12);
    await readQemuCapabilities(w.bin, { cacheDir, version });
    expect(w.calls()).toHaveLength(12);
  });

  it('ignores a corrupt cache file and rewrites it', async () => {
    const cacheDir = path.join(tmp, 'cache-corrupt');
    const w = wrapper('qemu-corrupt');
    const first = await readQemuCapabilities(w.bin, { cacheDir, version });
    const [cacheFile] = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
    expect(cacheFile).toBeDefined();
    const file = path.join(cacheDir, cacheFile as string);

    fs.writeFileSync(file, '{"key": {"format": 1, "realPath": "tru');
    expect(await readQemuCapabilities(w.bin, { cacheDir, version })).toEqual(first);
    expect(w.calls()).toHaveLength(8);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).caps.machines.length).toBe(first.machines.length);

    // Valid JSON of the wrong shape is no better.
    fs.writeFileSync(file, JSON.stringify({ key: JSON.parse(fs.readFileSync(file, 'utf8')).key, caps: { machines: 'x' } }));
    expect(await readQemuCapabilities(w.bin, { cacheDir, version })).toEqual(first);
    expect(w.calls()).toHaveLength(12);
    expect(fs.readdirSync(cacheDir)).toEqual([cacheFile]); // no temp files left behind
  });

  it("names the failing help command and QEMU's stderr, and caches nothing", async () => {
    const cacheDir = path.join(tmp, 'cache-failing');
    const w = wrapper('qemu-failing', '-cpu');
    await expect(readQemuCapabilities(w.bin, { cacheDir, version })).rejects.toThrow(
      /qemu-failing -cpu help failed \(exit 3\): qemu: simulated failure of -cpu/,
    );
    expect(fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []).toEqual([]);
  });

  it('says which binary is missing', async () => {
    const missing = path.join(tmp, 'no-such-qemu');
    await expect(readQemuCapabilities(missing, { cacheDir: path.join(tmp, 'c'), version })).rejects.toThrow(
      `Cannot read QEMU capabilities: ${missing}: ENOENT`,
    );
  });
});
