// Keystroke echo: one key typed, the time until the guest's shell echoes it back, through VirtDesk's
// relay (a text frame, as xterm sends keys) against the chardev socket directly. Each key is rubbed
// out again (DEL) so the shell's line stays empty; samples of the sides alternate.
import { SIDES } from './lib/console-pair.mjs';
import { alternate } from './lib/alternate.mjs';
import { ratio, sleep } from './lib/stats.mjs';

export async function echoLatency(pair, { samples }) {
  const { summaries: ms } = await alternate(pair.sides, samples, echo, 2);
  const p99 = (s) => s.p99 ?? s.max;
  const added = +(p99(ms.virtdesk) - p99(ms.direct)).toFixed(2);
  const medianAdded = +(ms.virtdesk.median - ms.direct.median).toFixed(2);
  return {
    title: `keystroke echo latency (ms, ${samples} keys, TCG)`,
    rows: Object.fromEntries(Object.entries(ms).map(([side, s]) => [SIDES[side], s])),
    ratio: ratio(ms.virtdesk.median, ms.direct.median),
    ratioOf: 'VirtDesk / direct',
    p99AddedMs: added,
    medianAddedMs: medianAdded,
    notes: [`added by VirtDesk against direct: median ${medianAdded} ms, p99 ${added} ms`],
    goal: 'p99 adds < 2 ms',
    met: added < 2,
  };
}

async function echo(reader) {
  let from = reader.length;
  const t0 = performance.now();
  reader.send('x');
  const t1 = await reader.waitFor('x', from, 5_000);
  from = reader.length;
  reader.send('\x7f');
  await reader.waitForMore(from, 5_000);
  await sleep(2 + Math.random() * 8); // not in step with any timer tick
  return t1 - t0;
}
