// The chooser's places: the engine user's home, its Downloads folder (where the desktop says it is:
// XDG user dirs, else ~/Downloads), the media library's folders, and the file system's root.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Bookmark } from '../../../shared/schemas/media-methods.js';

/**
 * Pure: the folders of ~/.config/user-dirs.dirs (xdg-user-dirs), by name without XDG_ and _DIR:
 * `XDG_DOWNLOAD_DIR="$HOME/Downloads"` -> { DOWNLOAD: "/home/ann/Downloads" }. The file is shell
 * syntax, but xdg-user-dirs only ever writes "$HOME/..." or an absolute path in double quotes.
 */
export function parseUserDirs(text: string, home: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*XDG_([A-Z]+)_DIR\s*=\s*"([^"]*)"\s*$/.exec(line);
    if (!m) continue;
    const raw = m[2]!.replace(/\\(.)/g, '$1');
    const value = raw === '$HOME' ? home : raw.startsWith('$HOME/') ? path.join(home, raw.slice(6)) : raw;
    // "$HOME" alone means "not set" for xdg-user-dirs; anything not absolute is not a folder we can use.
    if (path.isAbsolute(value) && path.resolve(value) !== path.resolve(home)) out[m[1]!] = path.resolve(value);
  }
  return out;
}

/** Where this user's downloads go: the XDG user dir when set, else ~/Downloads (which may not exist). */
export async function downloadsDir(home: string, env: NodeJS.ProcessEnv): Promise<string> {
  const config = env.XDG_CONFIG_HOME || path.join(home, '.config');
  const text = await fs.readFile(path.join(config, 'user-dirs.dirs'), 'utf8').catch(() => '');
  return parseUserDirs(text, home).DOWNLOAD ?? path.join(home, 'Downloads');
}

const isFolder = (p: string) =>
  fs.stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** The places that exist, each once, in the order a person looks for them. */
export async function bookmarks(home: string, env: NodeJS.ProcessEnv, libraryFolders: readonly string[]): Promise<Bookmark[]> {
  const wanted: Bookmark[] = [
    { label: 'Home', path: home, kind: 'home' },
    { label: 'Downloads', path: await downloadsDir(home, env), kind: 'downloads' },
    ...libraryFolders.map((p): Bookmark => ({ label: path.basename(p) || p, path: p, kind: 'library' })),
  ];
  const out: Bookmark[] = [];
  for (const b of wanted) {
    if (out.some((o) => o.path === b.path) || !(await isFolder(b.path))) continue;
    out.push(b);
  }
  out.push({ label: 'File system', path: '/', kind: 'root' });
  return out;
}
