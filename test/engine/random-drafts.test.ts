// Property: whatever a draft holds — odd addresses, any Unicode, broken HTML, identifiers and listed words
// mixed into noise, random attachments — every rule answers: no "rule failed", and every finding has a
// filled message. fast-check shrinks any failure to a small draft and prints the seed to replay it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInRules, lint, parseConfig } from '../../rules/index.ts';
import { placeholdersOf } from '../../rules/engine/messages.ts';
import type { Address, Draft } from '../../rules/engine/types.ts';

const parsed = parseConfig({}, builtInRules);
if (!parsed.ok) throw new Error('defaults');
const config = parsed.config;

// Pieces that reach the rules' special cases, so random text exercises them and not only plain words.
const pieces = [
  'B801200005001',
  '943 476 5919',
  '4111 1111 1111 1111',
  'QQ 12 34 56 C',
  'DOB 03/04/2015',
  'lives at LS1 4AP',
  'sort code 12-34-56 account 12345678',
  'damn',
  'F U C K',
  'YOU NEVER LISTEN',
  '!!!',
  '😡',
  'what a joke',
  'forward this to 10 people',
  'we accept your quote',
  'https://drive.google.com/file/d/1AbC/view',
  'https://www.dropbox.com/s/x',
  'gmial.com',
  '> quoted line',
  'On Mon, Jane wrote:',
  '<div class="gmail_quote">',
  '</div>',
  '<td>',
  '<a href="',
  '">',
  '&amp;',
  '&#x1F600;',
  '\u200b',
  'Ｂ８０１',
  '\r\n',
  '"',
  '“',
  '<',
  '>',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ maxLength: 8 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(' '));
const domains = [
  'school.example',
  'gmail.com',
  'gmial.com',
  'hotmail.co.uk',
  'xn--gmil-6na.com',
  'wakefield.gov.uk',
  '[127.0.0.1]',
  'a',
  '',
];
const address: fc.Arbitrary<Address> = fc
  .record({
    local: fc.oneof(fc.constantFrom('jane.smith84', 'office', 'pta', 'a'), fc.string({ maxLength: 10 })),
    domain: fc.constantFrom(...domains),
    name: fc.option(fc.oneof(text, fc.constantFrom('Smith, Jane', '"Mum & Dad"')), { nil: undefined }),
  })
  .map(({ local, domain, name }) =>
    name === undefined ? { address: `${local}@${domain}`.toLowerCase() } : { address: `${local}@${domain}`.toLowerCase(), name },
  );
const attachment = fc
  .record({
    name: fc.oneof(
      fc.constantFrom('pupils.xlsx', 'SEN register.csv', 'notes.docx', 'minutes.pdf', 'a.7z', 'x'),
      fc.string({ maxLength: 20 }),
    ),
    contentType: fc.constantFrom('application/octet-stream', 'text/csv', 'application/pdf', ''),
    bytes: fc.option(fc.uint8Array({ maxLength: 600 }), { nil: undefined }),
  })
  .map((a) => ({ name: a.name, contentType: a.contentType, size: a.bytes ? a.bytes.length : 2048, ...(a.bytes && { bytes: a.bytes }) }));

const draft: fc.Arbitrary<Draft> = fc.record({
  from: fc.option(address, { nil: undefined }),
  to: fc.option(fc.array(address, { maxLength: 6 }), { nil: undefined }),
  cc: fc.option(fc.array(address, { maxLength: 4 }), { nil: undefined }),
  bcc: fc.option(fc.array(address, { maxLength: 4 }), { nil: undefined }),
  subject: fc.option(text, { nil: undefined }),
  body: fc.option(fc.record({ text, html: fc.option(text, { nil: undefined }) }), { nil: undefined }),
  attachments: fc.option(fc.array(attachment, { maxLength: 3 }), { nil: undefined }),
});

describe('random drafts', () => {
  it('never make a rule fail, and every finding reads as a sentence', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const report = lint(d, config, builtInRules);
        expect(report.findings.filter((f) => f.messageId === 'ruleFailed')).toEqual([]);
        // Placeholders filled, and no "undefined" or "NaN" that the draft itself did not hold.
        const written = JSON.stringify(d);
        for (const f of report.findings) {
          for (const name of placeholdersOf(builtInRules[f.ruleId].meta.messages[f.messageId] ?? ''))
            expect(f.message).not.toContain(`{{${name}}}`);
          for (const slip of ['undefined', 'NaN']) if (!written.includes(slip)) expect(f.message).not.toContain(slip);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
