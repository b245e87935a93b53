// One text preparation for every content rule: the subject, the whole body as sent, the author's own part,
// and the links (from the text and from HTML hrefs). Done once per draft by the engine and shared by the rules.
import type { Draft, PreparedText } from '../engine/types.ts';
import { htmlToText } from './html.ts';
import { normalise } from './normalise.ts';
import { splitQuoted } from './quotes.ts';

export type { PreparedText };

/** The draft's text for the content rules; the engine calls it once per draft and shares the result. */
export function prepareText(draft: Draft): PreparedText {
  const html = draft.body && draft.body.html;
  const converted = html ? htmlToText(html) : { text: draft.body ? draft.body.text : '', links: [] };
  // Most mail in Gmail has no carriage returns: looking costs less than replacing nothing.
  const text = converted.text.indexOf('\r') >= 0 ? converted.text.replace(/\r\n?/g, '\n') : converted.text;
  const split = splitQuoted(text);
  const body = normalise(split.all);
  let author = body;
  // Most new e-mails quote nothing: then the author's part is the body, normalised once. When the body is
  // plain ASCII (no origin map), so is every part of it, and there is nothing to normalise.
  if (split.author !== split.all) author = body.origin ? normalise(split.author) : { text: split.author, source: split.author };
  return { subject: normalise(draft.subject || ''), body, author, hrefs: converted.links };
}
