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
  const split = splitQuoted(converted.text.replace(/\r\n?/g, '\n'));
  const body = normalise(split.all);
  const prepared: PreparedText = {
    subject: normalise(draft.subject || ''),
    body,
    // Most new e-mails quote nothing: then the author's part is the body, normalised once.
    author: split.author === split.all ? body : normalise(split.author),
    hrefs: converted.links,
  };
  return prepared;
}
