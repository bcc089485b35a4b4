// Port-forward rows as the table edits them (ports as text) and as the config stores them.
import type { PortForward } from '../../shared/model/index.js';

export interface ForwardRow {
  /** Stable React key: rows can be removed from the middle. */
  key: string;
  proto: 'tcp' | 'udp';
  hostPort: string;
  guestPort: string;
}

let nextKey = 1;
export function rowKey(): string {
  return `fwd-${nextKey++}`;
}

/** A new row: SSH is the forward people want first (2222 -> 22), then the next free host port. */
export function newForwardRow(existing: ForwardRow[]): ForwardRow {
  if (existing.length === 0) return { key: rowKey(), proto: 'tcp', hostPort: '2222', guestPort: '22' };
  const used = new Set(existing.map((r) => Number(r.hostPort)));
  let port = 8080;
  while (used.has(port)) port++;
  return { key: rowKey(), proto: 'tcp', hostPort: String(port), guestPort: '80' };
}

function portNumber(text: string): number {
  const t = text.trim();
  // Empty is "missing" (undefined), so the schema's "must be a number" applies.
  return (t === '' ? undefined : Number(t)) as number;
}

export function forwardsFromRows(rows: ForwardRow[]): PortForward[] {
  return rows.map((r) => ({ proto: r.proto, hostPort: portNumber(r.hostPort), guestPort: portNumber(r.guestPort) }));
}

export function rowsFromForwards(forwards: PortForward[]): ForwardRow[] {
  return forwards.map((f) => ({ key: rowKey(), proto: f.proto, hostPort: String(f.hostPort), guestPort: String(f.guestPort) }));
}
