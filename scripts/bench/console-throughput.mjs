// Console throughput: the guest prints `bytes` bytes on its serial port; bytes per second as a viewer
// receives them, through VirtDesk's relay against a plain reader of QEMU's chardev socket. The clock
// runs from the first chunk of output to the end marker; the bytes of that first chunk are not counted.
import { SIDES } from './lib/console-pair.mjs';
import { GUEST_PROMPT } from './lib/guest.mjs';
import { ratio } from './lib/stats.mjs';
import { alternate } from './lib/alternate.mjs';

export async function consoleThroughput(pair, { runs, bytes }) {
  const { summaries: kbs, roundRatio } = await alternate(pair.sides, runs, async (reader) => (await transfer(reader, bytes)) / 1024, 1);
  const r = ratio(kbs.virtdesk.median, kbs.direct.median);
  const perRound = roundRatio('virtdesk', 'direct');
  return {
    title: `serial console throughput (KB/s, ${bytes / 1024} KB per run, TCG)`,
    rows: Object.fromEntries(Object.entries(kbs).map(([side, s]) => [SIDES[side], s])),
    ratio: r,
    ratioOf: 'VirtDesk / direct',
    perRoundRatio: perRound,
    notes: [
      `VirtDesk / direct, per round (min / median / max): ${perRound.min} / ${perRound.median} / ${perRound.max}`,
      `the two ways to keep a log, against direct: QEMU's logfile= ${ratio(kbs.directLog.median, kbs.direct.median)}, VirtDesk's keeper and relay ${r}`,
    ],
    goal: 'ratio of medians >= 0.95 (issue #15)',
    met: r >= 0.95,
  };
}

/** Has the guest print `bytes` Z characters; bytes per second as `reader` receives them (every byte counted). */
export async function transfer(reader, bytes) {
  const { rate, got } = await transferCounting(reader, bytes);
  if (got !== bytes) throw new Error(`console throughput: ${got} of ${bytes} bytes arrived`);
  return rate;
}

/**
 * The same print, for a console that may drop bytes (the virtio console has no flow control): bytes
 * per second as received, and how many of the Zs arrived.
 */
export async function transferCounting(reader, bytes) {
  // The echoed command line must not contain the marker: the shell joins EN""D into END.
  const line = `head -c ${bytes} /dev/zero | tr '\\0' Z; echo EN""D-MARK`;
  let from = reader.length;
  reader.send(line);
  await reader.waitFor('D-MARK', from);
  from = reader.length;
  reader.send('\r');
  const t0 = await reader.waitFor('Z', from);
  const early = reader.length;
  const t1 = await reader.waitFor('END-MARK', from, 120_000);
  const end = reader.text.indexOf('END-MARK', from);
  await reader.waitFor(GUEST_PROMPT, end);
  const got = reader.text.slice(from, end).split('Z').length - 1;
  return { rate: (end - early) / ((t1 - t0) / 1000), got };
}
