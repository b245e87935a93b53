// A small PNG encoder for the Charts fake: an RGB image of the requested size, deflated with Node's zlib,
// so a chart's data: URL on a card has a real PNG's bytes and shape (signature, IHDR, IDAT, IEND, CRCs).
import { crc32, deflateSync } from 'node:zlib';
import { concatBytes } from '../../rules/attachments/crypto/bytes.ts';

export type Rgb = readonly [number, number, number];

/** A width × height canvas, white, with filled rectangles. */
export class Canvas {
  private readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || width * height > 4_000_000)
      throw new Error(`A chart of ${width} × ${height} pixels cannot be drawn.`);
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }
  fill(x: number, y: number, w: number, h: number, colour: Rgb): void {
    for (let row = Math.max(0, y); row < Math.min(this.height, y + h); row++)
      for (let col = Math.max(0, x); col < Math.min(this.width, x + w); col++) this.pixels.set(colour, (row * this.width + col) * 3);
  }
  /** The image as PNG bytes: 8-bit RGB, each row with filter byte 0. */
  png(): Uint8Array {
    const rows = new Uint8Array(this.height * (this.width * 3 + 1));
    for (let row = 0; row < this.height; row++)
      rows.set(this.pixels.subarray(row * this.width * 3, (row + 1) * this.width * 3), row * (this.width * 3 + 1) + 1);
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, this.width);
    view.setUint32(4, this.height);
    header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type 2 (RGB), deflate, adaptive filters, no interlace
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    return concatBytes(
      Uint8Array.from(signature),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', new Uint8Array(0)),
    );
  }
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = concatBytes(new TextEncoder().encode(type), data);
  out.set(typeAndData, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}
