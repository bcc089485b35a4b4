// Port-forward rows as the table edits them (ports as text) and as the config stores them.
import type { PortForward } from '../../shared/model/index.js';
import { parseDecimal } from '../lib/format.js';

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
  const used = new Set(existing.map((r) => portNumber(r.hostPort)));
  let port = 8080;
  while (used.has(port)) port++;
  return { key: rowKey(), proto: 'tcp', hostPort: String(port), guestPort: '80' };
}

/**
 * A port as typed, read like every number a person types (parseDecimal: "8 080" is 8080). Empty is
 * "missing" (undefined) and anything else that is not a number NaN, so the schema's own message applies.
 */
function portNumber(text: string): number {
  const t = text.trim();
  return (t === '' ? undefined : (parseDecimal(t) ?? Number.NaN)) as number;
}

export function forwardsFromRows(rows: ForwardRow[]): PortForward[] {
  return rows.map((r) => ({ proto: r.proto, hostPort: portNumber(r.hostPort), guestPort: portNumber(r.guestPort) }));
}

export function rowsFromForwards(forwards: PortForward[]): ForwardRow[] {
  return forwards.map((f) => ({ key: rowKey(), proto: f.proto, hostPort: String(f.hostPort), guestPort: String(f.guestPort) }));
}
