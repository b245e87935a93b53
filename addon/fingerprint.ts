// FNV-1a: a short, stable fingerprint, so that a user's own memory of a finding or a draft (dismissals,
// what the statistics already counted) keeps no message text, address or draft id.
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
