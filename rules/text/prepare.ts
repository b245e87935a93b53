// One text preparation for every content rule: the subject, the whole body as sent, the author's own part,
// and the links (from the text and from HTML hrefs). Done once per draft and shared by the rules.
import type { Draft } from '../engine/types.ts';
import { htmlToText } from './html.ts';
import { normalise, type Normalised } from './normalise.ts';
import { splitQuoted } from './quotes.ts';

export interface PreparedText {
  subject: Normalised;
  /** Everything sent: the author's text and what it quotes or forwards. */
  body: Normalised;
  /** Only what the author wrote. */
  author: Normalised;
  /** Link targets found in HTML hrefs (text links are found by the rules that need them). */
  hrefs: string[];
}

const cache = new WeakMap<Draft, PreparedText>();

export function prepareText(draft: Draft): PreparedText {
  const cached = cache.get(draft);
  if (cached) return cached;
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
  cache.set(draft, prepared);
  return prepared;
}
