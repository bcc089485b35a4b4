// <data>/settings.json: the user's settings for the whole app. Missing or unreadable -> defaults
// (and the file is left alone until the user saves).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from '../../../shared/api.js';
import { writeFileAtomic } from './atomic-write.js';

export const DEFAULT_SETTINGS: Settings = { kvmWatchdogSec: 30, scrollbackKiB: 1024, statsIntervalSec: 1 };

export class SettingsStore {
  /** Read once, then kept: this engine is the file's only writer (the watchdog asks every second). */
  private current: Promise<Settings> | null = null;

  constructor(private readonly dataDir: string) {}

  private get file() {
    return path.join(this.dataDir, 'settings.json');
  }

  read(): Promise<Settings> {
    this.current ??= this.load();
    return this.current;
  }

  private async load(): Promise<Settings> {
    try {
      const saved = JSON.parse(await fs.readFile(this.file, 'utf8')) as Partial<Settings>;
      const int = (v: unknown, min: number, fallback: number) => (Number.isInteger(v) && (v as number) >= min ? (v as number) : fallback);
      return {
        kvmWatchdogSec: int(saved.kvmWatchdogSec, 5, DEFAULT_SETTINGS.kvmWatchdogSec),
        scrollbackKiB: int(saved.scrollbackKiB, 1024, DEFAULT_SETTINGS.scrollbackKiB),
        statsIntervalSec: int(saved.statsIntervalSec, 1, DEFAULT_SETTINGS.statsIntervalSec),
      };
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = { ...(await this.read()), ...patch };
    await fs.mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.current = Promise.resolve(next);
    return next;
  }
}
