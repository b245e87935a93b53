// postal-mime with ChunkBlob in place of Node's Blob (cli/chunk-blob.ts): the same message, the same bytes,
// far less time on many-chunk parts; and Node's Blob is back afterwards, even when the parse throws.
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { ChunkBlob, withChunkBlobs } from '../../cli/chunk-blob.ts';

function messageWith(bytes: Uint8Array): Uint8Array {
  const base64 = Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n');
  const text = [
    'From: a@school.example',
    'To: b@school.example',
    'Subject: Files',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Dear Mrs Khan, the list is attached.',
    '--b',
    'Content-Type: application/octet-stream; name="list.bin"',
    'Content-Transfer-Encoding: base64',
    '',
    base64,
    '--b--',
    '',
  ].join('\r\n');
  return new TextEncoder().encode(text);
}

describe('ChunkBlob', () => {
  it('gives postal-mime the same text and attachment bytes as Node’s Blob', async () => {
    const file = Uint8Array.from({ length: 60_000 }, (_, i) => (i * 7919) & 0xff);
    const raw = messageWith(file);
    const options = { attachmentEncoding: 'arraybuffer' as const };
    const node = await PostalMime.parse(raw, options);
    const ours = await withChunkBlobs(() => PostalMime.parse(raw, options));
    expect(ours.text).toBe(node.text);
    expect(new Uint8Array(ours.attachments[0].content as ArrayBuffer)).toEqual(file);
    expect(new Uint8Array(node.attachments[0].content as ArrayBuffer)).toEqual(file);
  });

  it('puts Node’s Blob back after a parse, and after one that throws', async () => {
    const nodeBlob = globalThis.Blob;
    await withChunkBlobs(async () => expect(globalThis.Blob).toBe(ChunkBlob));
    expect(globalThis.Blob).toBe(nodeBlob);
    await expect(withChunkBlobs(() => Promise.reject(new Error('bad mail')))).rejects.toThrow('bad mail');
    expect(globalThis.Blob).toBe(nodeBlob);
  });

  it('joins string, buffer and view chunks in order', async () => {
    const blob = new ChunkBlob(['ab', new Uint8Array([99]).buffer, new Uint8Array([0, 100, 0]).subarray(1, 2)]);
    expect(blob.size).toBe(4);
    expect(new TextDecoder().decode(await blob.arrayBuffer())).toBe('abcd');
    // The line ends postal-mime adds as chunks of their own, beside text, bytes and a DataView.
    const lines = new ChunkBlob(['é', '\n', new Uint8Array([120]), '\n', new DataView(new Uint8Array([0, 121]).buffer, 1), '\n']);
    expect(new TextDecoder().decode(await lines.arrayBuffer())).toBe('é\nx\ny\n');
    expect(lines.size).toBe(7); // "é" is two bytes
  });
});
