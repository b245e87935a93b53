// A typed fake of Apps Script's Charts, as far as the statistics use it: a data table and a column chart
// whose PNG is a few real PNG bytes. It keeps what each chart was drawn from, for the tests to read.
import type { Fake } from './fake.ts';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

class FakeDataTable implements Fake<GoogleAppsScript.Charts.DataTableBuilder, 'addColumn' | 'addRow'> {
  readonly columns: string[] = [];
  readonly rows: unknown[][] = [];
  addColumn(_type: GoogleAppsScript.Charts.ColumnType, label: string) {
    this.columns.push(label);
    return this;
  }
  addRow(values: unknown[]) {
    if (values.length !== this.columns.length) throw new Error('Row size does not match the number of columns.');
    this.rows.push(values);
    return this;
  }
}

class FakeColumnChart implements Fake<GoogleAppsScript.Charts.ColumnChartBuilder, 'setDataTable' | 'setDimensions' | 'setTitle' | 'build'> {
  table: FakeDataTable | undefined;
  constructor(private readonly drawn: FakeDataTable[]) {}
  setDataTable(table: unknown) {
    this.table = table as FakeDataTable;
    return this;
  }
  setDimensions(_width: number, _height: number) {
    return this;
  }
  setTitle(_title: string) {
    return this;
  }
  build() {
    if (!this.table || !this.table.rows.length) throw new Error('The chart has no data.');
    this.drawn.push(this.table);
    return { getAs: (type: string) => ({ getBytes: () => (type === 'image/png' ? PNG.slice() : []) }) };
  }
}

export class FakeCharts implements Fake<GoogleAppsScript.Charts.Charts, 'newColumnChart' | 'newDataTable'> {
  readonly ColumnType = { STRING: 'STRING', NUMBER: 'NUMBER', DATE: 'DATE' } as unknown as GoogleAppsScript.Charts.Charts['ColumnType'];
  /** The tables of the charts drawn so far. */
  readonly drawn: FakeDataTable[] = [];
  newColumnChart() {
    return new FakeColumnChart(this.drawn);
  }
  newDataTable() {
    return new FakeDataTable();
  }
  asReal(): GoogleAppsScript.Charts.Charts {
    return this as unknown as GoogleAppsScript.Charts.Charts;
  }
}
