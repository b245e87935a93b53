// --format html: one self-contained page a Network Manager or DPO can open from a USB stick. What was
// checked, a summary per rule with an SVG bar, flagged messages per week, then each rule's flagged messages,
// newest first and capped. Messages stream past; the report keeps only what it will show (a few figures per
// rule and week, and the newest messages of each rule), so memory stays flat on any mbox. Filtering by rule
// and severity is anchors and CSS; a small script, allowed by hash in the page's Content-Security-Policy,
// only adds a search box. Every string from a message is escaped.
import { createHash } from 'node:crypto';
import { formatAddress, isoWeek, weekStart, type Config, type Finding, type RulesMeta } from '../../rules/index.ts';
import { anchorOf, dateText, escapeHtml } from './html-text.ts';
import type { Formatter, MessageResult, Write } from './result.ts';
import { RULE_COLOURS, severityBar, weeklyChart, type Level, type WeekColumn } from './svg-charts.ts';
import { PAGE_STYLE, SEARCH_SCRIPT } from './html-page.ts';
import { Accounts } from './html-accounts.ts';

export interface ReportContext {
  inputs: string[];
  /** Where the config came from: a file name, or "(built-in defaults)". */
  configSource: string;
  config: Config;
  rules: RulesMeta;
  version: string;
  /** Messages shown per rule; the rest are counted in a "N more" line. */
  perRule?: number;
  /** The moment the report is made (tests fix it): messages dated after it are not charted. */
  now?: number;
  /** An audit of sent mail (--sent-only): the report groups by sending account. */
  sentOnly?: boolean;
}

const LEVELS: Level[] = ['error', 'warning', 'info', 'audit'];
const RANK: Record<Level, number> = { error: 0, warning: 1, info: 2, audit: 3 };
/** Weeks the chart spans, counting back from the newest message: three school years. */
const CHART_WEEKS = 156;
const WEEK_MS = 7 * 86400000;

interface Entry {
  sentAt?: number;
  from: string;
  subject: string;
  file: string;
  level: Level;
  findings: { level: Level; message: string; evidence: string[] }[];
}

interface RuleState {
  counts: Record<Level, number>;
  kept: Entry[];
  more: number;
}

const newer = (a: Entry, b: Entry) => (b.sentAt ?? -Infinity) - (a.sentAt ?? -Infinity);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function htmlFormatter(out: Write, context: ReportContext): Formatter {
  const cap = context.perRule ?? 50;
  const ids = Object.keys(context.rules);
  const state: Record<string, RuleState> = {};
  for (const id of ids) state[id] = { counts: { error: 0, warning: 0, info: 0, audit: 0 }, kept: [], more: 0 };
  const weeks = new Map<string, number[]>();
  let messages = 0;
  let flagged = 0;
  let first: number | undefined;
  let last: number | undefined;
  const accounts = new Accounts();

  function keep(rule: RuleState, entry: Entry): void {
    // Newest first, at most `cap`: an insertion into a short sorted list, the oldest dropped and counted.
    let at = rule.kept.length;
    while (at > 0 && newer(entry, rule.kept[at - 1]) < 0) at--;
    if (at >= cap) {
      rule.more++;
      return;
    }
    rule.kept.splice(at, 0, entry);
    if (rule.kept.length > cap) {
      rule.kept.pop();
      rule.more++;
    }
  }

  function write(result: MessageResult): void {
    messages++;
    const { sentAt, from, subject } = result.headers;
    if (sentAt !== undefined) {
      first = first === undefined ? sentAt : Math.min(first, sentAt);
      last = last === undefined ? sentAt : Math.max(last, sentAt);
    }
    const byRule = new Map<string, { level: Level; finding: Finding }[]>();
    for (const f of result.findings)
      (byRule.get(f.ruleId) || byRule.set(f.ruleId, []).get(f.ruleId)!).push({ level: f.severity, finding: f });
    for (const f of result.audited) (byRule.get(f.ruleId) || byRule.set(f.ruleId, []).get(f.ruleId)!).push({ level: 'audit', finding: f });
    let any = false;
    for (const [ruleId, found] of byRule) {
      const rule = state[ruleId];
      if (!rule) continue;
      const level = found.map((x) => x.level).sort((a, b) => RANK[a] - RANK[b])[0];
      rule.counts[level]++;
      if (level !== 'audit') {
        any = true;
        if (sentAt !== undefined) {
          const week = isoWeek(sentAt);
          const column =
            weeks.get(week) ||
            weeks
              .set(
                week,
                ids.map(() => 0),
              )
              .get(week)!;
          column[ids.indexOf(ruleId)]++;
        }
      }
      keep(rule, {
        sentAt,
        from: from ? formatAddress(from) : '(no sender)',
        subject: subject || '(no subject)',
        file: result.file,
        level,
        findings: found.map((x) => ({ level: x.level, message: x.finding.message, evidence: x.finding.evidence || [] })),
      });
    }
    if (any) flagged++;
    if (context.sentOnly) accounts.add(from ? from.address : '(no sender)', any);
  }

  async function close(): Promise<void> {
    const style = PAGE_STYLE;
    const csp = `default-src 'none'; style-src ${sha256(style)}; script-src ${sha256(SEARCH_SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
    await out(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>draftlint report</title>
<style>${style}</style>
</head>
<body>
<a id="only-error" class="target"></a><a id="only-warning" class="target"></a><a id="only-info" class="target"></a><a id="only-audit" class="target"></a>
<header>
<h1>draftlint report</h1>
<p class="handling"><strong>This report contains personal data</strong> (senders, subjects, file names and what the checks found in them). Keep it where only the DPO and the Network Manager can open it, do not e-mail it, and delete it when the review it was made for is done.</p>
${headerFacts()}
</header>
<main>
`);
    await out(summary());
    await out(accounts.html());
    await out(overTime());
    for (const id of ids) if (LEVELS.some((l) => state[id].counts[l])) await out(ruleSection(id));
    await out(`</main>
<footer><p>Made by draftlint ${escapeHtml(context.version)}. Every finding, with its location, is in <code>--format json</code>.</p></footer>
<script>${SEARCH_SCRIPT}</script>
</body>
</html>
`);
  }

  function headerFacts(): string {
    const trial = ids.filter((id) => context.config.rules[id] && context.config.rules[id].severity === 'audit');
    const off = ids.filter((id) => context.config.rules[id] && context.config.rules[id].severity === 'off');
    const range = first === undefined ? 'no message had a readable date' : `from ${dateText(first)} to ${dateText(last)} (UTC)`;
    const list = (xs: string[]) => (xs.length ? xs.map((x) => `<code>${escapeHtml(x)}</code>`).join(', ') : 'none');
    return `<dl class="facts">
<dt>Checked</dt><dd>${context.inputs.map((i) => `<code>${escapeHtml(i)}</code>`).join(', ')}: <b id="message-count">${messages}</b> message${messages === 1 ? '' : 's'}, ${range}</dd>
<dt>Flagged</dt><dd><b id="flagged-count">${flagged}</b> message${flagged === 1 ? '' : 's'} with at least one finding staff would see</dd>
<dt>Config</dt><dd><code>${escapeHtml(context.configSource)}</code>; rules off: ${list(off)}; in audit mode: ${list(trial)}</dd>
<dt>Version</dt><dd>draftlint ${escapeHtml(context.version)}</dd>
</dl>
<nav class="filters" aria-label="Filter">Show: <a href="#all">everything</a> · <a href="#only-error">errors</a> · <a href="#only-warning">warnings</a> · <a href="#only-info">info</a> · <a href="#only-audit">audit</a>
<input id="search" type="search" placeholder="Search senders, subjects and findings" aria-label="Search" hidden></nav>`;
  }

  function summary(): string {
    const scale = Math.max(1, ...ids.map((id) => LEVELS.reduce((n, l) => n + state[id].counts[l], 0)));
    const rows = ids.map((id) => {
      const c = state[id].counts;
      const seen = c.error + c.warning + c.info;
      const share = messages ? `${((seen / messages) * 100).toFixed(1)} %` : '—';
      return `<tr class="rule-row" data-rule="${escapeHtml(id)}"><td><a href="#${anchorOf(id)}">${escapeHtml(context.rules[id].description)}</a><br><code>${escapeHtml(id)}</code></td>${LEVELS.map((l) => `<td class="num ${l}" data-level="${l}">${c[l]}</td>`).join('')}<td>${severityBar(c, scale)}</td><td class="num share">${share}</td></tr>`;
    });
    return `<section id="summary">
<h2>Summary per rule</h2>
<p>Messages flagged by each rule, counted once per message at its highest severity; share of all ${messages} messages checked.</p>
<table>
<thead><tr><th>Rule</th>${LEVELS.map((l) => `<th class="num"><span class="swatch ${l}"></span>${l}</th>`).join('')}<th>Messages</th><th class="num">Share</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>
`;
  }

  function overTime(): string {
    // The chart ends at the newest week with a flagged message (a date in the future is a wrong clock, not
    // news, and is counted apart) and spans at most CHART_WEEKS weeks back from there.
    const now = isoWeek(context.now ?? Date.now());
    const dated = Array.from(weeks.keys())
      .filter((w) => w <= now)
      .sort();
    const future = sumOf(Array.from(weeks.keys()).filter((w) => w > now));
    const columns: WeekColumn[] = [];
    let older = 0;
    if (dated.length) {
      const end = weekStart(dated[dated.length - 1]);
      const start = Math.max(weekStart(dated[0]), end - (CHART_WEEKS - 1) * WEEK_MS);
      for (let t = start; t <= end; t += WEEK_MS) {
        const week = isoWeek(t);
        columns.push({ week, byRule: weeks.get(week) || ids.map(() => 0) });
      }
      older = sumOf(dated.filter((w) => w < columns[0].week));
    }
    const legend = ids
      .map((id, i) =>
        columns.some((c) => c.byRule[i])
          ? `<li><span class="swatch c${i % RULE_COLOURS.length}"></span>${escapeHtml(context.rules[id].description)}</li>`
          : '',
      )
      .join('');
    const table = columns
      .filter((c) => c.byRule.some(Boolean))
      .map(
        (c) =>
          `<tr><td>${escapeHtml(c.week)}</td><td class="num">${c.byRule.reduce((a, b) => a + b, 0)}</td><td>${ids
            .map((id, i) => (c.byRule[i] ? `${escapeHtml(id)} ${c.byRule[i]}` : ''))
            .filter(Boolean)
            .join(', ')}</td></tr>`,
      )
      .join('\n');
    return `<section id="over-time">
<h2>Flagged messages per week</h2>
${weeklyChart(
  columns,
  ids.map((id) => context.rules[id].description),
)}
<ul class="legend">${legend}</ul>
${older ? `<p>${older} flagged message${older === 1 ? '' : 's'} older than the ${CHART_WEEKS} weeks shown.</p>` : ''}
${future ? `<p>${future} flagged message${future === 1 ? '' : 's'} dated in the future (a wrong clock on the sender's computer), not shown.</p>` : ''}
<details><summary>The figures</summary><table><thead><tr><th>Week</th><th class="num">Flagged</th><th>By rule</th></tr></thead><tbody>
${table}
</tbody></table></details>
</section>
`;
  }

  function sumOf(list: string[]): number {
    return list.reduce((n, w) => n + (weeks.get(w) || []).reduce((a, b) => a + b, 0), 0);
  }

  function ruleSection(id: string): string {
    const meta = context.rules[id];
    const rule = state[id];
    const entries = rule.kept.map((e) => {
      const findings = e.findings
        .map(
          (f) =>
            `<li class="${f.level}"><span class="level">${f.level}</span> ${escapeHtml(f.message)}${
              f.evidence.length
                ? `<ul class="evidence">${f.evidence
                    .slice(0, 5)
                    .map((x) => `<li>${escapeHtml(x)}</li>`)
                    .join('')}</ul>`
                : ''
            }</li>`,
        )
        .join('');
      return `<article class="finding ${e.level}"><p class="meta"><time>${dateText(e.sentAt)}</time> · ${escapeHtml(e.from)} · <span class="file">${escapeHtml(e.file)}</span></p><p class="subject">${escapeHtml(e.subject)}</p><ul class="findings">${findings}</ul></article>`;
    });
    const shown = LEVELS.reduce((n, l) => n + rule.counts[l], 0);
    return `<section class="rule" id="${anchorOf(id)}">
<details open><summary><h2>${escapeHtml(meta.description)} <small>${shown} message${shown === 1 ? '' : 's'}</small></h2></summary>
<p><code>${escapeHtml(id)}</code> · <a href="#summary">back to the summary</a></p>
<blockquote><i>${escapeHtml(meta.policy.section)}:</i> “${escapeHtml(meta.policy.quote)}”</blockquote>
${entries.join('\n')}
${rule.more ? `<p class="more">…and ${rule.more} more message${rule.more === 1 ? '' : 's'} (the JSON format lists them all).</p>` : ''}
</details>
</section>
`;
  }

  return { write, close };
}
