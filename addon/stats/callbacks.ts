// The statistics entry points, for the DPO and the Network Managers only: who may call them is declared in
// entrypoints.ts (guard.ts), so anyone else is refused before any of this runs.
import * as z from 'zod/mini';
import { actionParameters } from '../event.ts';
import type { Caller } from '../guard.ts';
import { schoolRulesMeta } from '../school-config.ts';
import { navigate } from '../responses.ts';
import type { Services } from '../services.ts';
import { ruleTrendUrl, weeklyChartUrl } from './chart.ts';
import { exportToSheet } from './export.ts';
import { csvCard, statsCard, type StatsView } from './stats-card.ts';
import { allWeeks } from './store.ts';
import { PERIODS, exportRows, periodWeeks, summarise, toCsv, weeklySeries, type Period, type WeekTotals } from './summary.ts';

type Response = GoogleAppsScript.Card_Service.ActionResponse;

/** How many rules get a small trend chart on the card. */
const RULE_CHARTS = 4;

const Params = z.object({
  period: z._default(z.enum(Object.keys(PERIODS) as [Period, ...Period[]]), 'last4'),
  update: z.optional(z.literal('true')),
});

function respond(services: Services, card: GoogleAppsScript.Card_Service.Card, replace: boolean, text?: string): Response {
  return navigate(services, (n) => (replace ? n.updateCard(card) : n.pushCard(card)), text);
}

/** The DPO's view of a period, with the school's term dates and smallest count shown. */
function view(services: Services, caller: Caller, period: Period, notice?: string): StatsView {
  const org = caller.inForce.config.organisation;
  const stored = allWeeks(services.scriptProperties);
  const { weeks, previous } = periodWeeks(period, services.now(), org.termStarts);
  const series = weeklySeries(stored, weeks);
  const byRule: Record<string, WeekTotals[]> = {};
  for (const id of Object.keys(schoolRulesMeta)) byRule[id] = weeklySeries(stored, weeks, id);
  const now = summarise(stored, weeks);
  // A small trend chart for the rules shown most; the others have theirs as text (the card stays under 32 KB).
  const most = Object.keys(now.rules)
    .filter((id) => now.rules[id].shown >= org.smallCount)
    .sort((a, b) => now.rules[b].shown - now.rules[a].shown)
    .slice(0, RULE_CHARTS);
  const ruleCharts: Record<string, string> = {};
  for (const id of most) {
    const url = ruleTrendUrl(services.charts, services.base64Encode, byRule[id], org.smallCount);
    if (url) ruleCharts[id] = url;
  }
  return {
    period,
    now,
    before: summarise(stored, previous),
    series,
    byRule,
    ruleCharts,
    smallest: org.smallCount,
    chartUrl: weeklyChartUrl(services.charts, services.base64Encode, series, org.smallCount),
    ...(notice && { notice }),
  };
}

export function showStats(event: unknown, services: Services, caller: Caller): Response {
  const params = actionParameters(event, Params) || { period: 'last4' as Period, update: undefined };
  return respond(services, statsCard(services.card, schoolRulesMeta, view(services, caller, params.period)), params.update === 'true');
}

export function exportStats(event: unknown, services: Services, caller: Caller): Response {
  const params = actionParameters(event, Params) || { period: 'last4' as Period };
  const said = exportToSheet(services, allWeeks(services.scriptProperties));
  return respond(services, statsCard(services.card, schoolRulesMeta, view(services, caller, params.period, said)), true, said);
}

export function showStatsCsv(event: unknown, services: Services, caller: Caller): Response {
  const params = actionParameters(event, Params) || { period: 'last4' as Period };
  const { weeks } = periodWeeks(params.period, services.now(), caller.inForce.config.organisation.termStarts);
  return respond(services, csvCard(services.card, params.period, toCsv(exportRows(allWeeks(services.scriptProperties), weeks))), false);
}
