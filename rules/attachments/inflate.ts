// DEFLATE with a ceiling, for every place an attachment's own bytes say how much to inflate (zip members,
// PDF cross-reference streams): a zip bomb must cost the bytes we asked for, not the gigabyte it holds.
import { Inflate } from 'fflate';

/**
 * Inflates DEFLATE data in small steps and stops once `maxOut` bytes are out, so a zip bomb (a megabyte
 * that inflates to a gigabyte) costs no more than the bytes asked for. `complete` says whether it all fit.
 */
export function inflateUpTo(data: Uint8Array, maxOut: number): { bytes: Uint8Array; complete: boolean } | undefined {
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    parts.push(chunk);
    total += chunk.length;
    ended = final;
  });
  try {
    for (let at = 0; at < data.length && total <= maxOut && !ended; at += 4096) inflater.push(data.subarray(at, at + 4096), at + 4096 >= data.length);
  } catch (_) {
    return undefined;
  }
  const bytes = new Uint8Array(Math.min(total, maxOut));
  let at = 0;
  for (const p of parts) {
    if (at >= bytes.length) break;
    bytes.set(p.subarray(0, bytes.length - at), at);
    at += p.length;
  }
  return { bytes, complete: ended && total <= maxOut };
}

