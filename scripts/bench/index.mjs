#!/usr/bin/env node
// npm run bench [-- --runs N] [--quick]: VirtDesk against bare QEMU, measured side by side in one run.
// Every figure is a pair or a ratio, never an absolute goal, so a slower machine does not change the
// verdict. Writes bench-results.json (machine, QEMU version, date, min/median/max per figure).
// So far: start latency (issue 1/6). The rest of the bench (issue 6/6) adds figures here.
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { startLatency } from './start-latency.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string' }, quick: { type: 'boolean' }, out: { type: 'string', default: 'bench-results.json' } } });
const runs = Number(values.runs ?? (values.quick ? 2 : 7));

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1], runs: s.length };
};

const start = await startLatency(runs);
const figures = {
  startToFirstByteMs: { virtdesk: stats(start.virtdesk), bareQemu: stats(start.bare) },
};
figures.startToFirstByteMs.ratio = +(figures.startToFirstByteMs.virtdesk.median / figures.startToFirstByteMs.bareQemu.median).toFixed(3);

const result = {
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: +(os.totalmem() / 2 ** 30).toFixed(1), kernel: os.release() },
  qemu: execFileSync('qemu-system-x86_64', ['--version'], { encoding: 'utf8' }).split('\n')[0],
  date: new Date().toISOString(),
  figures,
};
fs.writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);

const f = figures.startToFirstByteMs;
const row = (name, s) => `${name.padEnd(40)} ${String(s.min).padStart(7)} ${String(s.median).padStart(7)} ${String(s.max).padStart(7)}`;
console.log(`${'start -> first guest byte (ms, TCG)'.padEnd(40)} ${'min'.padStart(7)} ${'median'.padStart(7)} ${'max'.padStart(7)}`);
console.log(row('  VirtDesk: API start -> console viewer', f.virtdesk));
console.log(row('  bare qemu-system -serial stdio', f.bareQemu));
console.log(`  ratio of medians: ${f.ratio} (goal <= 1.05)`);
console.log(`written: ${values.out}`);
