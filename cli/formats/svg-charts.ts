// The report's charts, drawn as inline SVG by our own code (no chart library, no script): a bar per rule
// stacked by severity, and flagged messages per week stacked by rule. Numbers are printed beside them, so
// the charts are a picture of figures that are also there as text.
import { escapeHtml } from './html-text.ts';

export const SEVERITY_COLOURS = { error: '#c5221f', warning: '#b06000', info: '#1a73e8', audit: '#7b1fa2' } as const;
export type Level = keyof typeof SEVERITY_COLOURS;

/** Twelve colours that stay apart for the common kinds of colour blindness (Tol's muted palette, extended). */
export const RULE_COLOURS = [
  '#332288',
  '#88ccee',
  '#44aa99',
  '#117733',
  '#999933',
  '#ddcc77',
  '#cc6677',
  '#882255',
  '#aa4499',
  '#dddddd',
  '#661100',
  '#6699cc',
];

const ruleColour = (index: number) => RULE_COLOURS[index % RULE_COLOURS.length];

/** One horizontal bar, its parts by severity; `scale` is the count the full width stands for. */
export function severityBar(counts: Record<Level, number>, scale: number, width = 240): string {
  let x = 0;
  const parts: string[] = [];
  for (const level of Object.keys(SEVERITY_COLOURS) as Level[]) {
    const n = counts[level];
    if (!n) continue;
    const w = Math.max(1, Math.round((n / Math.max(scale, 1)) * width));
    parts.push(
      `<rect class="bar ${level}" data-count="${n}" x="${x}" y="0" width="${w}" height="14" fill="${SEVERITY_COLOURS[level]}"><title>${n} ${level}</title></rect>`,
    );
    x += w;
  }
  return `<svg class="bars" width="${width}" height="14" viewBox="0 0 ${width} 14" role="img" aria-label="${escapeHtml(
    (Object.keys(SEVERITY_COLOURS) as Level[]).map((l) => `${counts[l]} ${l}`).join(', '),
  )}">${parts.join('')}</svg>`;
}

export interface WeekColumn {
  week: string;
  /** Messages flagged that week, by rule position. */
  byRule: number[];
}

/** Flagged messages per week, stacked by rule; the axis shows the highest week's count. */
export function weeklyChart(columns: WeekColumn[], ruleNames: string[]): string {
  if (!columns.length) return '<p>No flagged message had a readable date, so there is no chart over time.</p>';
  const barWidth = Math.max(4, Math.min(24, Math.floor(720 / columns.length)));
  const height = 160;
  const top = Math.max(1, ...columns.map((c) => c.byRule.reduce((a, b) => a + b, 0)));
  const bars = columns.map((c, i) => {
    let y = height;
    const stack = c.byRule.map((n, r) => {
      if (!n) return '';
      const h = Math.max(1, Math.round((n / top) * (height - 10)));
      y -= h;
      return `<rect class="week-part" data-rule="${r}" data-count="${n}" x="${i * barWidth}" y="${y}" width="${barWidth - 1}" height="${h}" fill="${ruleColour(r)}"><title>${escapeHtml(c.week)}: ${n} ${escapeHtml(ruleNames[r])}</title></rect>`;
    });
    return stack.join('');
  });
  const width = columns.length * barWidth;
  const first = escapeHtml(columns[0].week);
  const last = escapeHtml(columns[columns.length - 1].week);
  return `<svg class="weekly" width="${Math.max(width, 60) + 60}" height="${height + 20}" viewBox="0 0 ${width + 60} ${height + 20}" role="img" aria-label="Flagged messages per week, ${first} to ${last}">
<g>${bars.join('')}</g>
<text x="${width + 4}" y="12" font-size="11">${top}</text>
<text x="0" y="${height + 14}" font-size="11">${first}</text>
${columns.length > 1 && width >= 120 ? `<text x="${width}" y="${height + 14}" font-size="11" text-anchor="end">${last}</text>` : ''}
</svg>`;
}
