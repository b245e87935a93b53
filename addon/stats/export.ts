// The DPO's export: a Google Sheet in the DPO's own Drive, made by this add-on (so the non-sensitive
// drive.file scope is enough), created the first time and appended to after. Whole weeks only, each once:
// the sheet's id and, per tab, the last week written live in the DPO's own properties, written after each
// append, so running it again after a failure adds only what is missing. Only a sheet Google says is not
// found is made anew; any other error is said and changes nothing.
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
  /** The last week written to each tab: the next export starts after it. */
  through: Record<string, string>;
}

function readExported(services: Services): Exported | undefined {
  const value = parseJson<Exported & { through: unknown }>(services.userProperties.getProperty(SHEET));
  if (!value || typeof value.id !== 'string') return undefined;
  // An earlier draftlint kept one week for both tabs.
  const through = typeof value.through === 'string' ? { [COUNTS]: value.through, [BY_WEEK]: value.through } : value.through || {};
  return { id: value.id, through: through as Record<string, string> };
}

const remember = (services: Services, exported: Exported) => services.userProperties.setProperty(SHEET, JSON.stringify(exported));

/** Google's answer for a spreadsheet that is gone ("Requested entity was not found."): the only one that makes a new sheet. */
const isNotFound = (error: unknown) => /not found|404/i.test(error instanceof Error ? error.message : String(error));

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
export function exportToSheet(services: Services, stored: Record<string, WeekCounts>, retried = false): string {
  const sheets = services.sheets;
  if (!sheets) return 'The Sheets service is not enabled for draftlint: use Copy as CSV, or ask the Network Manager.';
  const current = isoWeek(services.now());
  const whole = Object.keys(stored)
    .filter((w) => w < current)
    .sort();
  let exported = readExported(services);
  try {
    if (!exported) {
      exported = { id: createSheet(sheets), through: {} };
      remember(services, exported); // at once: a failure from here on appends to this sheet, never makes another
    }
    const tabs: [string, (weeks: string[]) => unknown[][]][] = [
      [COUNTS, (weeks) => exportRows(stored, weeks)],
      [BY_WEEK, (weeks) => weeklySeries(stored, weeks).map((w) => [w.week, w.shown, w.fixed, w.dismissed, w.audited])],
    ];
    let added: string[] = [];
    for (const [tab, rows] of tabs) {
      const weeks = whole.filter((w) => w > (exported!.through[tab] || ''));
      if (!weeks.length) continue;
      appendTo(sheets, exported.id, tab, rows(weeks));
      exported.through[tab] = weeks[weeks.length - 1];
      remember(services, exported);
      if (weeks.length > added.length) added = weeks;
    }
    if (!added.length)
      return `Nothing new to add: this week's figures go in once the week is over (sheet "draftlint statistics" in your Drive).`;
    return `Added ${added.length} week${added.length === 1 ? '' : 's'} (${added[0]} to ${added[added.length - 1]}) to the sheet "draftlint statistics" in your Drive.`;
  } catch (error) {
    if (exported && isNotFound(error) && !retried) {
      // The sheet was deleted: a new one, with every whole week.
      services.userProperties.setProperty(SHEET, '');
      return exportToSheet(services, stored, true);
    }
    console.error(`draftlint statistics export: ${error instanceof Error ? error.message : String(error)}`);
    return `The export could not finish (${error instanceof Error ? error.message : String(error)}). Nothing was added twice; press Export again later.`;
  }
}

function appendTo(sheets: SheetsApi, id: string, tab: string, values: unknown[][]): void {
  sheets.Values.append({ values }, id, `${tab}!A1`, { valueInputOption: 'RAW' });
}
