// A typed fake of Apps Script's Charts, as far as the statistics use it: a data table and a column chart.
// build() draws the columns into a real PNG of the dimensions asked for (./png.ts), returned as Apps
// Script returns bytes (signed Byte[]), so the card's data: URL has a real image's size and shape. It keeps
// what each chart was drawn from, for the tests to read.
import type { Fake } from './fake.ts';
import { Canvas, type Rgb } from './png.ts';

// Google Charts' default series colours, in order.
const SERIES: Rgb[] = [
  [0x33, 0x66, 0xcc],
  [0xdc, 0x39, 0x12],
  [0xff, 0x99, 0x00],
  [0x10, 0x96, 0x18],
];

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

/** Grouped columns: one group per row, one column per numeric series, scaled to the largest value. */
function draw(table: FakeDataTable, width: number, height: number): Uint8Array {
  const canvas = new Canvas(width, height);
  const values = table.rows.map((row) => row.slice(1).map((v) => (typeof v === 'number' ? v : 0)));
  const top = Math.max(1, ...values.flat());
  const plot = { x: 40, y: 24, w: width - 50, h: height - 48 };
  canvas.fill(plot.x, plot.y + plot.h, plot.w, 1, [0x33, 0x33, 0x33]);
  for (let g = 1; g <= 4; g++) canvas.fill(plot.x, plot.y + Math.round((plot.h * (g - 1)) / 4), plot.w, 1, [0xcc, 0xcc, 0xcc]);
  const group = plot.w / Math.max(1, values.length);
  values.forEach((row, i) => {
    const bar = Math.max(1, Math.floor((group * 0.8) / Math.max(1, row.length)));
    row.forEach((v, s) => {
      const h = Math.round((v / top) * plot.h);
      canvas.fill(Math.round(plot.x + i * group + group * 0.1 + s * bar), plot.y + plot.h - h, bar, h, SERIES[s % SERIES.length]);
    });
  });
  return canvas.png();
}

class FakeColumnChart implements Fake<GoogleAppsScript.Charts.ColumnChartBuilder, 'setDataTable' | 'setDimensions' | 'setTitle' | 'build'> {
  table: FakeDataTable | undefined;
  private size = { width: 600, height: 371 }; // Charts' default when setDimensions is not called
  constructor(private readonly drawn: FakeDataTable[]) {}
  setDataTable(table: GoogleAppsScript.Charts.DataTableBuilder | GoogleAppsScript.Charts.DataTableSource) {
    if (!(table instanceof FakeDataTable)) throw new TypeError('setDataTable needs a table built by Charts');
    this.table = table;
    return this;
  }
  setDimensions(width: number, height: number) {
    this.size = { width, height };
    return this;
  }
  setTitle(_title: string) {
    return this;
  }
  build() {
    if (!this.table || !this.table.rows.length) throw new Error('The chart has no data.');
    this.drawn.push(this.table);
    const png = draw(this.table, this.size.width, this.size.height);
    const bytes = Array.from(png, (b) => (b > 127 ? b - 256 : b));
    return {
      getAs: (type: string) => {
        if (type !== 'image/png') throw new Error(`Charts fake draws PNG only, not ${type}`);
        return { getBytes: () => bytes.slice() };
      },
    };
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
