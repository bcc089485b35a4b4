/**
 * Pure: the scrollback without the questions a program asked its terminal (ESC [ 6 n "where is the
 * cursor?", ESC [ 5 n "are you OK?", ESC [ c / ESC [ > c "what are you?"). Replayed to a new viewer,
 * xterm.js would answer them, and the answers would arrive at the guest as typed input (busybox's
 * shell asks at every prompt). Only replayed history is cleaned: live output keeps its queries, since
 * the program that sent them is waiting for the answer.
 */
export function stripTerminalQueries(bytes: Buffer): Buffer {
  const text = bytes.toString('latin1');
  const clean = text.replace(/\x1b\[(?:[56]n|>?[0-9]*c)/g, '');
  return clean.length === text.length ? bytes : Buffer.from(clean, 'latin1');
}
