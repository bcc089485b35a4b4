// Scale: the list and get calls over the WebSocket API, and the first render of the VM list in
// Chromium, with 1 defined VM and then with `vms` (definitions only: created through the API with a
// kernel source and no storage). The page's time is measured inside it: performance.now() (zero at
// navigation start) when the first row and the "N VMs" count in the status bar are in the DOM, and
// again after the next frame has been painted. Each page load gets a fresh browser context (no cache).
import { launchChromium } from './lib/chromium.mjs';
import { kernelVm } from './lib/guest.mjs';
import { startHeadless } from './lib/headless.mjs';
import { ratio, summarize } from './lib/stats.mjs';

/* global window, document, MutationObserver, requestAnimationFrame -- in the functions run in the page */

/** Milestones of a page load, in the order they happen; `painted` is the figure. */
const PHASES = ['domContentLoaded', 'apiOpen', 'listReply', 'dom', 'painted', 'render'];
const PHASE_LABEL = {
  domContentLoaded: 'DOMContentLoaded',
  apiOpen: 'API WebSocket open',
  listReply: 'list reply arrived',
  dom: 'list in the DOM',
  painted: 'list painted',
  render: 'render: list reply -> painted',
};

export async function scale({ vms, apiRuns, renderRuns }) {
  const server = await startHeadless();
  const browser = await launchChromium();
  try {
    const { api } = server;
    const first = await api('create', kernelVm('vm 0000'));
    const small = await measure(server, browser, first.id, 1, apiRuns, renderRuns);
    const t0 = performance.now();
    for (let i = 1; i < vms; i++) await api('create', kernelVm(`vm ${String(i).padStart(4, '0')}`));
    const createSec = +((performance.now() - t0) / 1000).toFixed(1);
    const large = await measure(server, browser, first.id, vms, apiRuns, renderRuns);
    const row = (m, n) => ({ [`list, ${n} VM${n === 1 ? '' : 's'}`]: m.list, [`get, ${n} VM${n === 1 ? '' : 's'}`]: m.get });
    const api_ = {
      title: `API over the WebSocket (ms; ${apiRuns} calls each)`,
      rows: { ...row(small, 1), ...row(large, vms) },
      ratio: ratio(large.list.median, small.list.median),
      ratioOf: `list ${vms} / list 1`,
      createSec,
      notes: [`creating ${vms - 1} VMs one by one through the API took ${createSec} s`],
      goal: `list of ${vms} < 50 ms (median)`,
      met: vms >= 500 ? large.list.median < 50 : null,
    };
    const render = {
      title: `first render of the VM list in Chromium (ms from navigation start; ${renderRuns} loads)`,
      rows: {
        ...Object.fromEntries(PHASES.filter((p) => small.render[p]).map((p) => [`1 VM: ${PHASE_LABEL[p]}`, small.render[p]])),
        ...Object.fromEntries(PHASES.filter((p) => large.render[p]).map((p) => [`${vms} VMs: ${PHASE_LABEL[p]}`, large.render[p]])),
      },
      ratio: ratio(large.render.painted.median, small.render.painted.median),
      ratioOf: `painted ${vms} / painted 1 (whole page load)`,
      rowsInDom: large.rowsInDom,
      virtualized: large.rowsInDom < vms,
      notes: [`${large.rowsInDom} of ${vms} rows are in the DOM (${large.rowsInDom < vms ? 'virtualized' : 'not virtualized'})`],
      goal: `${vms} VMs rendered (list reply -> painted) < 200 ms (median)`,
      met: vms >= 500 && large.render.render ? large.render.render.median < 200 : null,
    };
    return { api: api_, render };
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function measure(server, browser, id, count, apiRuns, renderRuns) {
  const list = [];
  const get = [];
  for (let i = 0; i < apiRuns; i++) {
    let t = performance.now();
    const all = await server.api('list');
    list.push(performance.now() - t);
    if (all.length !== count) throw new Error(`scale: list returned ${all.length} VMs, expected ${count}`);
    t = performance.now();
    await server.api('get', { id });
    get.push(performance.now() - t);
  }
  const phases = Object.fromEntries(PHASES.map((p) => [p, []]));
  let rowsInDom = 0;
  for (let i = 0; i < renderRuns; i++) {
    const r = await firstRender(browser, server.url, count);
    // The list's own render: from its data arriving to its rows painted (the rest is loading the page).
    r.render = typeof r.listReply === 'number' ? +(r.painted - r.listReply).toFixed(1) : undefined;
    for (const p of PHASES) phases[p].push(r[p]);
    rowsInDom = r.rows;
  }
  return { list: summarize(list), get: summarize(get), render: summarizePhases(phases), rowsInDom };
}

/** The breakdown leans on the renderer's wire format: a milestone it cannot see is left out, not fatal. */
function summarizePhases(phases) {
  const out = {};
  for (const [p, xs] of Object.entries(phases)) {
    const seen = xs.filter((x) => typeof x === 'number');
    if (seen.length) out[p] = summarize(seen);
    else if (p === 'painted' || p === 'dom') throw new Error(`scale: no ${p} time measured`);
  }
  return out;
}

async function firstRender(browser, url, count) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript((n) => {
      const b = (window.__bench = {});
      // Where the time goes: the API socket opening and the list's reply arriving, seen from the page.
      const Native = window.WebSocket;
      window.WebSocket = class extends Native {
        constructor(...args) {
          super(...args);
          if (!String(args[0]).includes('/api')) return;
          this.addEventListener('open', () => (b.apiOpen ??= performance.now()));
          this.addEventListener('message', (ev) => {
            if (b.listReply !== undefined || typeof ev.data !== 'string' || !ev.data.startsWith('{"id"')) return;
            if (JSON.parse(ev.data).result?.length === n) b.listReply = performance.now();
          });
        }
      };
      const done = () => {
        const bar = document.querySelector('footer')?.textContent ?? '';
        return document.querySelector('[aria-label="Virtual machines"] tr[aria-selected]') !== null && bar.includes(`${n} VM`);
      };
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        b.dom = performance.now();
        b.rows = document.querySelectorAll('[aria-label="Virtual machines"] tr[aria-selected]').length;
        // The next frame has been painted once a task queued from its requestAnimationFrame runs.
        requestAnimationFrame(() => setTimeout(() => (b.painted = performance.now())));
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    }, count);
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.painted !== undefined, null, { timeout: 60_000 });
    return await page.evaluate(() => ({
      ...window.__bench,
      domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    }));
  } finally {
    await context.close();
  }
}
