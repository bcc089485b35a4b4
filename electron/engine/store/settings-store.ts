// <data>/settings.json: the user's settings for the whole app. Missing -> defaults. Unreadable, not
// JSON, or holding a value VirtDesk would refuse -> the file is moved aside as
// settings.json.broken-<date> (never deleted, never overwritten), defaults are used, and `notice`
// says what happened and what to do, so nothing the user wrote disappears without a word.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type Settings } from '../../../shared/api.js';
import { isMessage, says, type Message } from '../../../shared/i18n/index.js';
import { check, describeIssues, settingsSchema } from '../../../shared/schemas/index.js';
import { writeFileAtomic } from './atomic-write.js';

export const DEFAULT_SETTINGS: Settings = { kvmWatchdogSec: 30, scrollbackKiB: 1024, statsIntervalSec: 1 };

export class SettingsStore {
  /** Read once, then kept: this engine is the file's only writer (the watchdog asks every second). */
  private current: Promise<Settings> | null = null;
  /**
   * Set when the saved settings could not be used (and were kept aside): one sentence for the user,
   * naming the kept file and what to do. Null when all is well.
   */
  notice: Message | null = null;
  /** The broken file could not be moved aside: saving would overwrite it, so saving is refused. */
  private blocked: Message | null = null;

  constructor(private readonly dataDir: string) {}

  private get file() {
    return path.join(this.dataDir, 'settings.json');
  }

  read(): Promise<Settings> {
    this.current ??= this.load();
    return this.current;
  }

  private async load(): Promise<Settings> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { ...DEFAULT_SETTINGS };
      return this.setAside(says('engine:settings.unreadable', { code: code ?? (err as Error).message }));
    }
    const problem = usable(text);
    return isMessage(problem) ? this.setAside(problem) : problem;
  }

  /** Keep the unusable file under a new name, use the defaults, and say so. */
  private async setAside(why: Message): Promise<Settings> {
    const kept = await keepAside(this.file).catch((err: NodeJS.ErrnoException) => {
      this.blocked = says('engine:settings.notRenamed', { file: this.file, why, code: err.code ?? err.message });
      return null;
    });
    this.notice = kept
      ? says('engine:settings.keptAside', { why, kept })
      : says('engine:settings.blockedNotice', { blocked: this.blocked! });
    console.error(`virtdesk: ${this.notice.text}`); // the log is English
    return { ...DEFAULT_SETTINGS };
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = { ...(await this.read()), ...patch };
    if (this.blocked) throw new ApiError('conflict', says('engine:settings.notSaved', { blocked: this.blocked }));
    await fs.mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.current = Promise.resolve(next);
    return next;
  }
}

/**
 * The settings in `text`, or why they cannot be used. A key VirtDesk does not know (a newer version's)
 * is ignored; a missing one takes its default (an older version's file); a known one with a value
 * the Settings page would refuse makes the file unusable, judged by the same schema as that page.
 */
function usable(text: string): Settings | Message {
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch (err) {
    return says('engine:settings.notJson', { detail: (err as Error).message });
  }
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return says('engine:settings.notObject');
  const known = Object.fromEntries(Object.entries(saved).filter(([k]) => Object.hasOwn(DEFAULT_SETTINGS, k)));
  const parsed = check(settingsSchema.partial(), known);
  // The validator's sentences, English for now, inside ours.
  if (!parsed.ok) return says('engine:settings.badValue', { issues: describeIssues(parsed.issues).replace(/\n/g, '; ') });
  return { ...DEFAULT_SETTINGS, ...parsed.value };
}

/** Rename `file` to `<file>.broken-<UTC date and time>`, never over an existing file; returns the new path. */
async function keepAside(file: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/:/g, '-'); // "2026-12-03T16-40-05.123Z": no ':' in file names
  for (let n = 0; ; n++) {
    const kept = `${file}.broken-${stamp}${n ? `-${n}` : ''}`;
    try {
      // link + unlink instead of rename: link fails if `kept` exists, rename would replace it.
      await fs.link(file, kept);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
      // A filesystem without hard links: a rename, after checking nothing has that name.
      if (
        await fs.lstat(kept).then(
          () => true,
          () => false,
        )
      )
        continue;
      await fs.rename(file, kept);
      return kept;
    }
    await fs.unlink(file);
    return kept;
  }
}
