// Viewer throughput, end to end: the guest prints `bytes` bytes on its serial port while two viewers of
// the same relay stream watch, in the same run: the console page in Chromium (KB/s as xterm.js parses
// them, read from the page's data-parsed-bytes) and a plain WebSocket reader (KB/s as they arrive).
// Each clock runs from the end of the plain reader's first chunk of the run (as in console-throughput.mjs)
// to the end marker, as each viewer sees them. A run in which xterm did not parse every byte the
// relay sent is an error, not a figure.
//   node scripts/bench/viewer.mjs [runs] [bytes]   runs it alone on a headless server of its own.
import { pathToFileURL } from 'node:url';
import os from 'node:os';
import { launchChromium } from './lib/chromium.mjs';
import { GUEST_PROMPT, kernelVm, requireGuest } from './lib/guest.mjs';
import { startHeadless } from './lib/headless.mjs';
import { SerialReader } from './lib/serial-reader.mjs';
import { ratio, summarize } from './lib/stats.mjs';
import { formatFigure } from './lib/table.mjs';

/* global window, document, MutationObserver -- in the functions run in the page */

const VM = 'viewer twin';
const TERMINAL = '[data-testid="console-terminal"]';
const SIDES = { xterm: 'xterm.js in Chromium: parsed', plain: 'plain WebSocket reader: received' };

export async function viewerThroughput(server, { runs, bytes }) {
  const { api } = server;
  const vm = await api('create', kernelVm(VM));
  const openReader = async () => SerialReader.webSocket(await api.consoleUrl(vm.id, 'serial0'));
  const browser = await launchChromium();
  const readers = [];
  try {
    await api('start', { id: vm.id });
    // Up to the shell first; from then on the guest prints nothing unasked, so the reader and the page
    // open on the same replayed scrollback and must count the same bytes.
    const boot = await openReader();
    readers.push(boot);
    await boot.waitForShell(GUEST_PROMPT);
    boot.close();
    const plain = await openReader();
    readers.push(plain);
    const page = await consolePage(browser, server.url);
    const samples = { xterm: [], plain: [] };
    const perRound = [];
    for (let i = 0; i < runs; i++) {
      const r = await run(page, plain, bytes);
      samples.xterm.push(r.xterm);
      samples.plain.push(r.plain);
      perRound.push(r.xterm / r.plain);
    }
    const kbs = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, summarize(xs)]));
    const round = summarize(perRound, 3);
    const r = ratio(kbs.xterm.median, kbs.plain.median);
    return {
      title: `console viewer throughput, guest -> xterm parsed (KB/s, ${bytes / 1024} KB per run, TCG)`,
      rows: Object.fromEntries(Object.entries(kbs).map(([side, s]) => [SIDES[side], s])),
      ratio: r,
      ratioOf: 'xterm / plain reader',
      perRoundRatio: round,
      notes: [
        `xterm / plain reader, per round (min / median / max): ${round.min} / ${round.median} / ${round.max}`,
        `every run: xterm parsed all ${bytes} bytes and the marker, as many bytes as the plain reader received`,
      ],
      goal: 'ratio of medians >= 0.9 (the page keeps up with the stream)',
      met: r >= 0.9,
    };
  } finally {
    for (const reader of readers) reader.close();
    await browser.close();
    await api('forceOff', { id: vm.id }).catch(() => {});
  }
}

async function consolePage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('row', { name: new RegExp(VM) }).click();
  await page.getByRole('tab', { name: 'Console' }).click();
  await page.locator(`${TERMINAL}[data-parsed-bytes]`).waitFor({ timeout: 30_000 });
  return page;
}

const parsedBytes = async (page) => Number(await page.locator(TERMINAL).getAttribute('data-parsed-bytes'));

/**
 * Waits until the page's xterm has parsed exactly as many bytes as the plain reader has received. Both
 * counts are read afresh each time: the two links are separate sockets, so either may briefly be ahead
 * (the prompt's last bytes can reach the page first); only a difference that lasts is an error.
 */
async function pageReaches(page, plain, what, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const n = await parsedBytes(page);
    if (n === plain.length) return;
    if (Date.now() > deadline) throw new Error(`viewer: xterm parsed ${n} bytes, the plain reader got ${plain.length} (${what})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function run(page, plain, bytes) {
  // The echoed command line must not contain the marker: the shell joins EN""D into END.
  const line = `head -c ${bytes} /dev/zero | tr '\\0' Z; echo EN""D-MARK`;
  let from = plain.length;
  plain.send(line);
  await plain.waitFor('D-MARK', from);
  from = plain.length;
  await pageReaches(page, plain, 'the echoed command');
  // Every time the page's count changes, with the page's clock: it changes when xterm has caught up.
  await page.evaluate((selector) => {
    const el = document.querySelector(selector);
    const seen = (window.__viewerBench = []);
    new MutationObserver(() => seen.push([performance.now(), Number(el.dataset.parsedBytes)])).observe(el, {
      attributes: true,
      attributeFilter: ['data-parsed-bytes'],
    });
  }, TERMINAL);
  plain.send('\r');
  const t0 = await plain.waitFor('Z', from);
  const early = plain.length;
  const t1 = await plain.waitFor('END-MARK', from, 120_000);
  const end = plain.text.indexOf('END-MARK', from) + 'END-MARK'.length;
  await plain.waitFor(GUEST_PROMPT, end);
  const got = plain.text.slice(from, end).split('Z').length - 1;
  if (got !== bytes) throw new Error(`viewer: the plain reader got ${got} of ${bytes} bytes`);
  await pageReaches(page, plain, 'the flood and the prompt');
  const seen = await page.evaluate(() => window.__viewerBench);
  // From where the plain reader's clock starts (its first chunk with a Z), so both count the same bytes.
  const first = seen.find(([, n]) => n >= early);
  const last = seen.find(([, n]) => n >= end);
  if (!first || !last || last[0] <= first[0]) throw new Error(`viewer: xterm parsed the run in one go; use more bytes`);
  return {
    xterm: (end - first[1]) / 1024 / ((last[0] - first[0]) / 1000),
    plain: (end - early) / 1024 / ((t1 - t0) / 1000),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  requireGuest();
  const [runs = '3', bytes = String(1024 * 1024)] = process.argv.slice(2);
  const load = os.loadavg()[0].toFixed(2);
  const server = await startHeadless();
  try {
    console.log(formatFigure(await viewerThroughput(server, { runs: Number(runs), bytes: Number(bytes) })));
  } finally {
    await server.stop();
  }
  console.log(`load average (1 min) before: ${load}, after: ${os.loadavg()[0].toFixed(2)}`);
}
