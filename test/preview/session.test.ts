// The preview's server side without a browser: a config file chosen is in force at once, a bad one is
// refused with the CLI's messages, and a preset is an example e-mail as compose fields.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preset, presets, run, splitAddresses, useConfig, type Compose } from '../../preview/server/session.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const blank: Compose = {
  from: 'r.green@silcoates.org.uk',
  to: '',
  cc: '',
  bcc: '',
  subject: 'Staff briefing',
  body: 'Hello',
  html: false,
  attachments: [],
};
const six = Array.from({ length: 6 }, (_, i) => `c${i}@silcoates.org.uk`).join(', ');

describe('the preview session', () => {
  it('a chosen config is in force for the next check; an invalid one is refused and says why', () => {
    const dir = tempDir('preview');
    const strict = join(dir, 'strict.json');
    writeFileSync(
      strict,
      JSON.stringify({
        organisation: { internalDomains: ['silcoates.org.uk'] },
        rules: { 'max-recipients': ['warning', { maxVisible: 5 }] },
      }),
    );
    expect(useConfig(strict)).toEqual({ ok: true, source: strict });
    expect(JSON.stringify(run({ compose: { ...blank, to: six }, functionName: 'onComposeOpen' }).response)).toContain('(the limit is 5)');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: { 'max-recipients': ['warning', { maxVisible: 0 }] } }));
    expect(useConfig(bad)).toEqual({
      ok: false,
      problems: ['rules["max-recipients"][1].maxVisible: must be at least 1 (found the number 0)'],
    });
    expect(useConfig(join(dir, 'notes.txt'))).toMatchObject({ ok: false });
    expect(useConfig('draftlint.config.json')).toMatchObject({ ok: true });
  });

  it('loads the examples as compose fields, display names and attachments included', async () => {
    expect(presets()).toContain('parents-visible.eml');
    const c = await preset('pupil-list-plain.eml');
    expect(c!.attachments.map((a) => a.name)).toEqual(expect.arrayContaining([expect.stringMatching(/\.xlsx$/)]));
    expect(await preset('../package.json')).toBeUndefined();
  });

  it('reads address fields as Gmail shows them, commas inside quotes kept', () => {
    expect(splitAddresses('"Lee, Daniel" <dlee@hotmail.co.uk>, a@b.example; c@d.example')).toEqual([
      '"Lee, Daniel" <dlee@hotmail.co.uk>',
      'a@b.example',
      'c@d.example',
    ]);
  });
});
