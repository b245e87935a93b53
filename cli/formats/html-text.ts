// Text into HTML, safely: every string from a message (subject, names, addresses, file names, evidence)
// goes through escapeHtml, in text and in attribute values alike, so it shows as text and runs nothing.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A fragment id from a rule id (kebab-case already; anything else is dropped rather than escaped). */
export function anchorOf(ruleId: string): string {
  return `rule-${ruleId.replace(/[^a-z0-9-]/gi, '')}`;
}

/** "2026-11-30 09:15" in UTC, or "no date". */
export function dateText(ms: number | undefined): string {
  return ms === undefined ? 'no date' : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')}`;
}
