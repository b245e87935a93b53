// Text preparation shared by the content rules: HTML to text, the author's part vs the quoted part,
// normalisation against evasion, and evidence snippets that quote the original.
import { describe, expect, it } from 'vitest';
import { measuredGrowth } from '../helpers/scaling.ts';
import { htmlToText } from '../../rules/text/html.ts';
import { normalise, snippet } from '../../rules/text/normalise.ts';
import { splitQuoted } from '../../rules/text/quotes.ts';
import { compilePhrases } from '../../rules/text/phrases.ts';
import { prepareText } from '../../rules/text/prepare.ts';
import { findLinks } from '../../rules/text/links.ts';
import { draftOf } from '../helpers/draft.ts';

describe('htmlToText', () => {
  it('turns blocks into lines, decodes entities, drops style and script, keeps hrefs', () => {
    const html =
      '<html><head><style>p{}</style></head><body><div>Dear&nbsp;Mr &amp; Mrs Khan,</div><p>See <a href="https://drive.google.com/file/d/1?usp=sharing&amp;x=1">the report</a>.</p><script>alert(1)</script>Thanks<br>Ms Green</body></html>';
    expect(htmlToText(html)).toEqual({
      text: 'Dear\u00a0Mr & Mrs Khan,\nSee the report.\nThanks\nMs Green',
      links: ['https://drive.google.com/file/d/1?usp=sharing&x=1'],
    });
  });

  it("marks Gmail's quoted reply and blockquotes with > so the quote splitter sees them", () => {
    const html =
      '<div>My reply</div><div class="gmail_quote"><div>On Mon wrote:</div><blockquote>You are useless</blockquote><div>still quoted</div></div><div>after</div>';
    expect(htmlToText(html).text).toBe('My reply\n> On Mon wrote:\n> You are useless\n> still quoted\nafter');
  });

  it('stays linear on deeply nested tags', () => {
    expect(htmlToText('<div>'.repeat(50) + 'x' + '<blockquote>'.repeat(20)).text).toBe('x');
    const nested = (n: number) => '<div>'.repeat(n / 2) + 'x' + '<blockquote>'.repeat(n / 5);
    const measured = measuredGrowth(nested, htmlToText, (s) => s.split('<').map((t) => t.toLowerCase()), 20_000);
    expect(measured.growth).toBeLessThan(measured.limit);
  });

  it('acts on the tags it knows in any case, and on no other tag', () => {
    const blocks =
      'p div br li tr h1 h2 h3 h4 h5 h6 table ul ol pre hr section article header footer dl dt dd caption thead tbody tfoot figure figcaption address aside main nav center fieldset legend details summary form';
    for (const name of blocks.split(' ')) {
      for (const written of [name, name.toUpperCase(), name[0].toUpperCase() + name.slice(1)]) {
        expect(htmlToText(`a<${written}>b`).text, written).toBe('a\nb');
      }
    }
    expect(htmlToText('<TD>Amira</TD><Th>B801</Th>').text).toBe('Amira B801');
    for (const skipped of ['script', 'STYLE', 'Head', 'title', 'template'])
      expect(htmlToText(`a<${skipped}>x</${skipped}>b`).text).toBe('ab');
    expect(htmlToText('<A HREF="https://drive.google.com/x">y</A>').links).toEqual(['https://drive.google.com/x']);
    expect(htmlToText('a<BlockQuote>b</BLOCKQUOTE>c').text).toBe('a\n> b\nc');
    // Names that only look like known ones change nothing.
    expect(htmlToText('a<span>b<divx>c<h7>d<tdd>e<scripts>f<ab>g').text).toBe('abcdefg');
  });
});

describe('splitQuoted', () => {
  it.each([
    ['> lines', 'Thanks, will do.\n\n> You idiot\n> more', 'Thanks, will do.'],
    ['Gmail "On … wrote:"', 'Fine by me.\n\nOn Mon, 2 Nov 2026 at 09:12, Jane <j@x.com> wrote:\nrubbish here', 'Fine by me.'],
    ['a wrapped "On … wrote:"', 'OK.\nOn Mon, 2 Nov 2026 at 09:12, Jane Smith <\njane@x.com> wrote:\nold text', 'OK.'],
    ['Outlook header block', 'See below.\n\nFrom: Jane Smith\nSent: 02 November 2026 09:12\nTo: me\nold text', 'See below.'],
    ['a forwarded message', 'FYI\n\n---------- Forwarded message ---------\nFrom: x\nold text', 'FYI'],
    ['Original Message', 'FYI\n-----Original Message-----\nold', 'FYI'],
    ['an "On … wrote:" line indented with a non-breaking space', 'Yes.\n\u00a0On Mon, Jane <j@x.com> wrote:\nold', 'Yes.'],
    ['"> " lines inside the author\'s part', 'Yes.\n> as you said\nAnd more.\nOn Mon, Jane <j@x.com> wrote:\nold', 'Yes.\nAnd more.'],
  ])('%s', (_, text, author) => expect(splitQuoted(text).author).toBe(author));

  it('keeps "From:" in the author\'s own text when no header block follows', () => {
    expect(splitQuoted('From: the office, with thanks.\nBye').author).toBe('From: the office, with thanks.\nBye');
  });
});

describe('normalise', () => {
  it('removes zero-width characters, maps look-alikes and full-width letters, and quotes the original', () => {
    const source = 'you b\u200bа\u200dstard ｉｄｉｏｔ\u00a0ok';
    const n = normalise(source);
    expect(n.text).toBe('you bastard idiot ok');
    const start = n.text.indexOf('bastard');
    expect(snippet(n, start, start + 7)).toBe(`you b\u200bа\u200dstard ｉｄｉｏｔ\u00a0ok`.replace(/\s+/g, ' '));
    expect(snippet(n, start, start + 7, [{ start, end: start + 7, text: '[hidden]' }])).toBe('you [hidden] ｉｄｉｏｔ ok');
  });

  it('keeps digits as digits for the detectors', () => {
    expect(normalise('UPN B80120000500１').text).toBe('UPN B801200005001');
  });
});

describe('prepareText', () => {
  it('prefers the HTML body (for hrefs and quote markup)', () => {
    const draft = draftOf({ body: 'plain', html: '<p>Hi</p><div class="gmail_quote">old</div>' });
    const prepared = prepareText(draft);
    expect(prepared.author.text).toBe('Hi');
    expect(prepared.body.text).toBe('Hi\n> old');
  });
});

describe('compilePhrases', () => {
  it('matches whole phrases across any spacing, numbers in words or digits, and says which pattern matched', () => {
    const p = compilePhrases(['forward this to {n} people', 'break the chain']);
    expect(p.find('Please FORWARD this  to ten people and never break the chain.').map((m) => [m.text, m.index])).toEqual([
      ['FORWARD this  to ten people', 0],
      ['break the chain', 1],
    ]);
    expect(p.find('breaking the chains of')).toEqual([]);
  });

  it('refuses a pattern with a capturing group, which would make it report the wrong pattern', () => {
    expect(() => compilePhrases(['please (forward|send) this', 'break the chain'])).toThrow(/capturing group: write \(\?:…\) instead/);
    expect(compilePhrases(['please (?:forward|send) this', 'a \\(b\\) [(]c']).find('Please send this')).toHaveLength(1);
  });
});

describe('findLinks', () => {
  const links = (body: string, html?: string) =>
    findLinks(prepareText(draftOf(html === undefined ? { body } : { body, html }))).map((l) => [l.host, l.url]);

  it('finds links with and without a scheme, trimming the punctuation around them', () => {
    expect(links('See (https://drive.google.com/file/d/1?usp=sharing), www.dropbox.com/s/x. Or 1drv.ms/u/s!abc!')).toEqual([
      ['drive.google.com', 'https://drive.google.com/file/d/1?usp=sharing'],
      ['www.dropbox.com', 'http://www.dropbox.com/s/x'],
      ['1drv.ms', 'http://1drv.ms/u/s!abc'],
    ]);
  });

  it('does not take e-mail addresses, bare domains in prose, or decimals for links', () => {
    expect(links('Write to parent@icloud.com or visit gmail.com; it costs 3.50 (e.g. a snack).')).toEqual([]);
  });

  it('reads hrefs the text does not show', () => {
    expect(links('', '<a href="https://mega.nz/file/abc">photos</a>')).toEqual([['mega.nz', 'https://mega.nz/file/abc']]);
  });
});
