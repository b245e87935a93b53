// The weekly chart on the DPO's card: a small PNG drawn on the server by Apps Script's Charts and put in
// the card as a data: URL. Anything going wrong gives no image, never an error: the same figures are
// always on the card as text.
import type { ChartsApi } from '../services.ts';
import { weekLabel, type WeekTotals } from './summary.ts';

export function weeklyChartUrl(
  charts: ChartsApi | undefined,
  encode: (bytes: number[]) => string,
  series: WeekTotals[],
): string | undefined {
  if (!charts || !series.length) return undefined;
  try {
    const table = charts
      .newDataTable()
      .addColumn(charts.ColumnType.STRING, 'Week')
      .addColumn(charts.ColumnType.NUMBER, 'Shown')
      .addColumn(charts.ColumnType.NUMBER, 'Fixed')
      .addColumn(charts.ColumnType.NUMBER, 'Dismissed')
      .addColumn(charts.ColumnType.NUMBER, 'Audited');
    for (const w of series) table.addRow([weekLabel(w.week).slice(4), w.shown, w.fixed, w.dismissed, w.audited]);
    const chart = charts.newColumnChart().setDataTable(table).setDimensions(400, 200).setTitle('Findings per week').build();
    return `data:image/png;base64,${encode(chart.getAs('image/png').getBytes())}`;
  } catch (error) {
    console.error(`draftlint statistics chart: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
