// <data>/networks.json: the private networks created by name, so one can exist before any VM joins it
// and outlive the VMs on it. Networks that VMs name without it (a lab's, a NIC set to a new name) need
// no entry: the command line never reads this file (argv/ derives the group from the name), so a
// broken file costs a list, never a start. A file VirtDesk cannot use is reported and left as it is;
// creating or deleting is refused until it is fixed or removed, so nothing the user wrote is lost.
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { says, type Message } from '../../../shared/i18n/index.js';
import { privateNetworkName } from '../../../shared/schemas/fields.js';
import { writeFileAtomic } from '../store/atomic-write.js';

export const NETWORKS_FILE = 'networks.json';
/** Far more than a course needs; keeps the file and the view small. */
export const MAX_NETWORKS = 64;

const registeredNetwork = z.object({ name: privateNetworkName, createdAt: z.number().int().nonnegative() }).strict();
export type RegisteredNetwork = z.output<typeof registeredNetwork>;

const registryFile = z
  .object({ schemaVersion: z.literal(1), networks: z.array(registeredNetwork).max(MAX_NETWORKS) })
  .strict()
  .refine((f) => new Set(f.networks.map((n) => n.name)).size === f.networks.length, { message: 'a name is listed twice' });

export type RegistryRead = { ok: true; networks: RegisteredNetwork[] } | { ok: false; notice: Message };

/** The file's text checked: what it lists, or why it cannot be used (pure, for tests). */
export function parseRegistry(text: string, file: string): RegistryRead {
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch (err) {
    return unusable(file, says('networks:registry.notJson', { error: (err as Error).message }));
  }
  const r = registryFile.safeParse(saved);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(the whole file)';
    return unusable(file, says('networks:registry.badField', { field: where, error: issue.message }));
  }
  return { ok: true, networks: r.data.networks };
}

function unusable(file: string, why: Message): RegistryRead {
  return { ok: false, notice: says('networks:registry.unusable', { file, why }) };
}

export class NetworkRegistry {
  constructor(private readonly dataDir: string) {}

  get file(): string {
    return path.join(this.dataDir, NETWORKS_FILE);
  }

  async read(): Promise<RegistryRead> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { ok: true, networks: [] };
      return unusable(this.file, says('networks:registry.cannotRead', { code: code ?? (err as Error).message }));
    }
    return parseRegistry(text, this.file);
  }

  /** Atomic, 0600 (writeFileAtomic); the caller holds the registry's lock. */
  async write(networks: readonly RegisteredNetwork[]): Promise<void> {
    await fs.mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    const sorted = [...networks].sort((a, b) => a.name.localeCompare(b.name));
    await writeFileAtomic(this.file, `${JSON.stringify({ schemaVersion: 1, networks: sorted }, null, 2)}\n`);
  }
}
