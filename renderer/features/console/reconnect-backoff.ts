const STEPS_MS = [1000, 2000, 4000, 8000];
const MAX_MS = 10_000;

/** Wait before the n-th attempt to reconnect (1-based): quick at first, then every 10 s at most. */
export function reconnectDelay(attempt: number): number {
  if (!Number.isFinite(attempt) || attempt < 1) return STEPS_MS[0]!;
  return STEPS_MS[Math.floor(attempt) - 1] ?? MAX_MS;
}

/** A connection that held this long was a real one: the next drop starts the back-off afresh. */
export const STABLE_AFTER_MS = 3000;
