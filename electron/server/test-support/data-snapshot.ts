// "Nothing written": every file and folder under a data folder, with its mode and a hash of its bytes,
// so a test can assert the folder is byte-for-byte what it was.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function snapshotTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      const st = fs.lstatSync(p);
      const rel = path.relative(root, p);
      if (st.isDirectory()) {
        out[`${rel}/`] = `dir ${(st.mode & 0o7777).toString(8)}`;
        walk(p);
      } else {
        const hash = st.isFile()
          ? crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex').slice(0, 16)
          : st.isSymbolicLink()
            ? `-> ${fs.readlinkSync(p)}`
            : 'special';
        out[rel] = `${(st.mode & 0o7777).toString(8)} ${st.size} ${hash}`;
      }
    }
  };
  walk(root);
  return out;
}
