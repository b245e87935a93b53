// The charts on the DPO's card: small PNGs drawn on the server by Apps Script's Charts and put in the card as
// data: URLs — the weekly totals, and a small trend of the findings shown for each of the rules shown most.
// A count below the school's smallest count is drawn as 0, as the text says "fewer than N". Anything going
// wrong gives no image, never an error: the same figures are always on the card as text.
import type { ChartsApi } from '../services.ts';
import { weekLabel, type WeekTotals } from './summary.ts';

type Encode = (bytes: number[]) => string;

function draw(charts: ChartsApi, encode: Encode, columns: string[], rows: (string | number)[][], size: [number, number], title: string) {
  try {
    const table = charts.newDataTable().addColumn(charts.ColumnType.STRING, 'Week');
    for (const c of columns) table.addColumn(charts.ColumnType.NUMBER, c);
    for (const row of rows) table.addRow(row);
    const chart = charts.newColumnChart().setDataTable(table).setDimensions(size[0], size[1]).setTitle(title).build();
    return `data:image/png;base64,${encode(chart.getAs('image/png').getBytes())}`;
  } catch (error) {
    console.error(`draftlint statistics chart: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

const hidden = (n: number, smallest: number) => (n > 0 && n < smallest ? 0 : n);

export function weeklyChartUrl(charts: ChartsApi | undefined, encode: Encode, series: WeekTotals[], smallest = 1): string | undefined {
  if (!charts || !series.length) return undefined;
  const rows = series.map((w) => [
    weekLabel(w.week).slice(4),
    ...[w.shown, w.fixed, w.dismissed, w.audited].map((n) => hidden(n, smallest)),
  ]);
  return draw(charts, encode, ['Shown', 'Fixed', 'Dismissed', 'Audited'], rows, [400, 200], 'Findings per week');
}

/** A rule's findings shown per week, small enough that a few fit on the card beside their figures. */
export function ruleTrendUrl(charts: ChartsApi | undefined, encode: Encode, series: WeekTotals[], smallest = 1): string | undefined {
  if (!charts || !series.length) return undefined;
  const rows = series.map((w) => [weekLabel(w.week).slice(4), hidden(w.shown, smallest)]);
  return draw(charts, encode, ['Shown'], rows, [320, 80], 'Shown per week');
}
