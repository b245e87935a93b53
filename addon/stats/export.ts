// The DPO's export: a Google Sheet in the DPO's own Drive, made by this add-on (so the non-sensitive
// drive.file scope is enough), created the first time and appended to after. Whole weeks only, each once:
// the sheet's id and the last week written live in the DPO's own properties. Staff checks never touch it.
import { parseJson } from '../json.ts';
import type { Services, SheetsApi } from '../services.ts';
import { isoWeek } from '../../rules/index.ts';
import type { WeekCounts } from './counting.ts';
import { CSV_HEADER, exportRows, weeklySeries } from './summary.ts';

const SHEET = 'draftlint.stats.sheet';
const COUNTS = 'Counts';
const BY_WEEK = 'By week';

interface Exported {
  id: string;
  /** The last week written: the next export starts after it. */
  through: string;
}

function readExported(services: Services): Exported | undefined {
  const value = parseJson<Exported>(services.userProperties.getProperty(SHEET));
  return value && typeof value.id === 'string' ? value : undefined;
}

function createSheet(sheets: SheetsApi): string {
  const made = sheets.create({
    properties: { title: 'draftlint statistics' },
    sheets: [{ properties: { title: COUNTS } }, { properties: { title: BY_WEEK } }],
  });
  const id = made.spreadsheetId!;
  sheets.Values.append({ values: [CSV_HEADER.slice()] }, id, `${COUNTS}!A1`, { valueInputOption: 'RAW' });
  sheets.Values.append({ values: [['week', 'shown', 'fixed', 'dismissed', 'audited']] }, id, `${BY_WEEK}!A1`, { valueInputOption: 'RAW' });
  const byWeek = (made.sheets || []).filter((s) => s.properties && s.properties.title === BY_WEEK)[0];
  const sheetId = byWeek && byWeek.properties ? byWeek.properties.sheetId : 1;
  const column = (index: number) => ({ sourceRange: { sources: [{ sheetId, startColumnIndex: index, endColumnIndex: index + 1 }] } });
  sheets.batchUpdate(
    {
      requests: [
        {
          addChart: {
            chart: {
              spec: {
                title: 'Findings per week',
                basicChart: {
                  chartType: 'COLUMN',
                  headerCount: 1,
                  domains: [{ domain: column(0) }],
                  series: [1, 2, 3, 4].map((i) => ({ series: column(i) })),
                },
              },
              position: { newSheet: true },
            },
          },
        },
      ],
    },
    id,
  );
  return id;
}

/** Writes the whole weeks not yet exported; says what it did, in words for the DPO. */
export function exportToSheet(services: Services, stored: Record<string, WeekCounts>): string {
  const sheets = services.sheets;
  if (!sheets) return 'The Sheets service is not enabled for draftlint: use Copy as CSV, or ask the Network Manager.';
  const current = isoWeek(services.now());
  let exported = readExported(services);
  const write = (id: string, since: string) => {
    const weeks = Object.keys(stored)
      .filter((w) => w > since && w < current)
      .sort();
    if (!weeks.length) return weeks;
    sheets.Values.append({ values: exportRows(stored, weeks) }, id, `${COUNTS}!A1`, { valueInputOption: 'RAW' });
    const totals = weeklySeries(stored, weeks).map((w) => [w.week, w.shown, w.fixed, w.dismissed, w.audited]);
    sheets.Values.append({ values: totals }, id, `${BY_WEEK}!A1`, { valueInputOption: 'RAW' });
    return weeks;
  };
  let weeks: string[];
  try {
    if (!exported) throw new Error('no sheet yet');
    weeks = write(exported.id, exported.through);
  } catch (_) {
    // The first export, or the sheet was deleted: a new one, with every whole week kept.
    exported = { id: createSheet(sheets), through: '' };
    weeks = write(exported.id, '');
  }
  // Remembered even when nothing was written, so a sheet made now is the one appended to next time.
  const through = weeks.length ? weeks[weeks.length - 1] : exported.through;
  services.userProperties.setProperty(SHEET, JSON.stringify({ id: exported.id, through }));
  if (!weeks.length)
    return `Nothing new to add: this week's figures go in once the week is over (sheet "draftlint statistics" in your Drive).`;
  return `Added ${weeks.length} week${weeks.length === 1 ? '' : 's'} (${weeks[0]} to ${weeks[weeks.length - 1]}) to the sheet "draftlint statistics" in your Drive.`;
}
