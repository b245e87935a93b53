// A typed fake of the Sheets advanced service, as far as the DPO's export uses it: create a spreadsheet,
// append rows to a sheet, add a chart. It keeps each spreadsheet's sheets as rows of values.
import type { Fake } from './fake.ts';

type Spreadsheets = GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;

export class FakeSheets implements Fake<Spreadsheets, 'create' | 'batchUpdate'> {
  readonly files = new Map<string, { title: string; sheets: Map<string, unknown[][]>; charts: number }>();
  calls = 0;
  readonly Values = {
    append: (resource: GoogleAppsScript.Sheets.Schema.ValueRange, spreadsheetId: string, range: string) => {
      this.calls++;
      const file = this.files.get(spreadsheetId);
      const sheet = file && file.sheets.get(range.split('!')[0]);
      if (!sheet) throw new Error(`Requested entity was not found: ${spreadsheetId} ${range}`);
      for (const row of resource.values || []) sheet.push(row);
      return {} as GoogleAppsScript.Sheets.Schema.AppendValuesResponse;
    },
  };
  create(resource: GoogleAppsScript.Sheets.Schema.Spreadsheet) {
    this.calls++;
    const id = `sheet-${this.files.size + 1}`;
    const sheets = new Map((resource.sheets || []).map((s) => [s.properties!.title!, [] as unknown[][]]));
    this.files.set(id, { title: resource.properties!.title!, sheets, charts: 0 });
    return { spreadsheetId: id, sheets: [...sheets.keys()].map((title, i) => ({ properties: { title, sheetId: i } })) };
  }
  batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest, spreadsheetId: string) {
    this.calls++;
    const file = this.files.get(spreadsheetId);
    if (!file) throw new Error('Requested entity was not found.');
    file.charts += (resource.requests || []).filter((r) => r.addChart).length;
    return {} as GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
  }
  asReal(): Pick<Spreadsheets, 'create' | 'batchUpdate'> & { Values: Pick<Spreadsheets['Values'], 'append'> } {
    return this as unknown as Pick<Spreadsheets, 'create' | 'batchUpdate'> & { Values: Pick<Spreadsheets['Values'], 'append'> };
  }
}
