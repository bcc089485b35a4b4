import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n, tr } from '../../../shared/i18n/index.js';
import { DEFAULT_SETTINGS, SettingsStore } from './settings-store.js';

const dirs: string[] = [];
afterEach(() => {
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  vi.restoreAllMocks();
});

function dataDirWith(settings: string | null) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-settings-'));
  dirs.push(dataDir);
  if (settings !== null) fs.writeFileSync(path.join(dataDir, 'settings.json'), settings);
  vi.spyOn(console, 'error').mockImplementation(() => {});
  return { dataDir, store: new SettingsStore(dataDir), ls: () => fs.readdirSync(dataDir).sort() };
}

const BROKEN_NAME = /^settings\.json\.broken-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z$/;

describe('SettingsStore', () => {
  it('no file: defaults, no notice, nothing written until a save', async () => {
    const { store, ls } = dataDirWith(null);
    expect(await store.read()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toBeNull();
    expect(ls()).toEqual([]);
  });

  it('a valid file is used; keys of a newer version are ignored, missing ones take their default', async () => {
    const { store, ls } = dataDirWith(JSON.stringify({ kvmWatchdogSec: 90, futureSetting: 'x' }));
    expect(await store.read()).toEqual({ ...DEFAULT_SETTINGS, kvmWatchdogSec: 90 });
    expect(store.notice).toBeNull();
    expect(ls()).toEqual(['settings.json']);
  });

  it.each([
    ['not JSON', '{ "kvmWatchdogSec": 9', /is not valid JSON/],
    ['not an object', '[1, 2]', /does not hold an object of settings/],
    [
      'a value out of range',
      JSON.stringify({ kvmWatchdogSec: 30, scrollbackKiB: 10 ** 9 }),
      /has a value VirtDesk cannot use \(scrollbackKiB: .*65536/,
    ],
    [
      'a value of the wrong type',
      JSON.stringify({ statsIntervalSec: 'often' }),
      /has a value VirtDesk cannot use \(statsIntervalSec: .*number/,
    ],
  ])('a file with %s is kept as settings.json.broken-<date>, byte for byte, with a notice; defaults are used', async (_, text, why) => {
    const { dataDir, store, ls } = dataDirWith(text);
    expect(await store.read()).toEqual(DEFAULT_SETTINGS);
    const kept = ls();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(BROKEN_NAME);
    expect(fs.readFileSync(path.join(dataDir, kept[0]!), 'utf8')).toBe(text);
    expect(store.notice?.text).toMatch(why);
    expect(store.notice?.text).toContain(path.join(dataDir, kept[0]!)); // names the kept file
    expect(store.notice?.text).toMatch(/uses the default settings: set your settings again in Settings/); // and what to do
    // ...in French too, the kept file named all the same.
    const french = tr(createI18n('fr'), store.notice!);
    expect(french).toMatch(/^Votre fichier de paramètres .*conservé sous le nom /);
    expect(french).toContain(path.join(dataDir, kept[0]!));

    // The next save writes a fresh file and leaves the kept one alone.
    await store.update({ kvmWatchdogSec: 45 });
    expect(ls()).toEqual(['settings.json', kept[0]]);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, kvmWatchdogSec: 45 });
    expect(fs.readFileSync(path.join(dataDir, kept[0]!), 'utf8')).toBe(text);
  });

  it('never overwrites an earlier kept file, even within the same millisecond', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-03T16:40:05.123Z'), toFake: ['Date'] });
    try {
      const { dataDir, ls } = dataDirWith('first broken');
      await new SettingsStore(dataDir).read();
      fs.writeFileSync(path.join(dataDir, 'settings.json'), 'second broken');
      await new SettingsStore(dataDir).read();
      expect(ls()).toEqual(['settings.json.broken-2026-12-03T16-40-05.123Z', 'settings.json.broken-2026-12-03T16-40-05.123Z-1']);
      expect(fs.readFileSync(path.join(dataDir, ls()[0]!), 'utf8')).toBe('first broken');
      expect(fs.readFileSync(path.join(dataDir, ls()[1]!), 'utf8')).toBe('second broken');
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes settings.json private to the user (0600)', async () => {
    const { dataDir, store } = dataDirWith(null);
    await store.update({ scrollbackKiB: 2048 });
    expect(fs.statSync(path.join(dataDir, 'settings.json')).mode & 0o777).toBe(0o600);
  });
});
