// The printed table: one block per figure, min / median / p99 / max per row, then the verdict.

const num = (x) => (x === undefined ? '' : String(x));

export function formatFigure(fig) {
  const withP99 = Object.values(fig.rows).some((s) => s.p99 !== undefined);
  const cols = ['min', 'median', ...(withP99 ? ['p99'] : []), 'max'];
  const width = Math.max(48, ...Object.keys(fig.rows).map((k) => k.length + 4));
  const line = (label, cells) => `${label.padEnd(width)}${cells.map((c) => c.padStart(9)).join('')}`;
  const out = ['', line(fig.title, cols)];
  for (const [label, s] of Object.entries(fig.rows))
    out.push(
      line(
        `  ${label}`,
        cols.map((c) => num(s[c])),
      ),
    );
  for (const note of fig.notes ?? []) out.push(`  ${note}`);
  if (fig.loadAverageBefore !== undefined) out.push(`  load average (1 min) before this figure: ${fig.loadAverageBefore}`);
  if (fig.ratio !== undefined) out.push(`  ratio of medians${fig.ratioOf ? ` (${fig.ratioOf})` : ''}: ${fig.ratio}`);
  const verdict = fig.met === null ? 'not judged at this size' : fig.met ? 'met' : 'MISSED';
  out.push(`  goal: ${fig.goal} -> ${verdict}`);
  return out.join('\n');
}
