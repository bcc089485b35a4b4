/** A full 80-column line; serial output is mostly shorter, so the terminal keeps at least what is replayed. */
const BYTES_PER_LINE = 80;
const MIN_LINES = 1000;
/** xterm.js keeps about 12 bytes per cell: 100 000 lines of 200 columns is already ~240 MB. */
const MAX_LINES = 100_000;

/** The terminal's scrollback in lines for the engine's scrollback in KiB (what it replays on attach). */
export function scrollbackLines(kib: number | null | undefined): number {
  if (typeof kib !== 'number' || !Number.isFinite(kib) || kib <= 0) return 10_000;
  return Math.min(MAX_LINES, Math.max(MIN_LINES, Math.ceil((kib * 1024) / BYTES_PER_LINE)));
}
