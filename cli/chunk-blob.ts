// A Blob for postal-mime's part bodies, for the CLI only. postal-mime gathers each MIME part's decoded
// bytes as a Blob of many small chunks (about one per line) and reads it back with arrayBuffer(). Node's
// Blob keeps every chunk as a part and reads them back one by one through a stream, so a 1.8 MB message
// of base64 attachments spent ~400 ms there (flanker's torture.eml, `npm run fuzz`), 90 % of its parse.
// This one joins the chunks once. It is put in place only while postal-mime parses one message.

type Chunk = ArrayBuffer | ArrayBufferView | string | Blob;

const encoder = new TextEncoder();
/** postal-mime ends every line of an unencoded part with a chunk "\n" of its own: one byte, encoded once. */
const NEWLINE = encoder.encode('\n');

/** A chunk's bytes: the chunk itself when it is bytes already, without a new view or a new encoder per chunk. */
function bytesOf(chunk: Chunk): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return chunk === '\n' ? NEWLINE : encoder.encode(chunk);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('ChunkBlob cannot hold a Blob');
}

export class ChunkBlob {
  private readonly chunks: Chunk[];
  readonly type: string;
  constructor(chunks: Chunk[] = [], options: { type?: string } = {}) {
    this.chunks = chunks;
    this.type = options.type || '';
  }

  /** The chunks as one Uint8Array (a Blob chunk, never made by postal-mime, is refused rather than guessed). */
  private joined(): Uint8Array {
    const parts = this.chunks.map(bytesOf);
    const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    return out;
  }

  get size(): number {
    return this.joined().byteLength;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.joined().buffer as ArrayBuffer;
  }
}

/** Runs `parse` with ChunkBlob as the global Blob, and puts Node's back after, whatever happens. */
export async function withChunkBlobs<T>(parse: () => Promise<T>): Promise<T> {
  const nodeBlob = globalThis.Blob;
  globalThis.Blob = ChunkBlob as unknown as typeof Blob;
  try {
    return await parse();
  } finally {
    globalThis.Blob = nodeBlob;
  }
}
