// Deployment diagnostics as the Network Manager reads them, and proof that they keep no content: the
// event's field names and list lengths only, the fix's JSON with stand-ins for addresses, counts.
import { describe, expect, it } from 'vitest';
import { diagnosticsLines, eventShape, anonymisedJson } from '../../addon/settings/diagnostics.ts';
import { applyFix, checkAgain, composeOpen } from '../../addon/triggers/compose.ts';
import { composeEvent, fakeServices, fakeWorld } from '../fakes/apps-script.ts';
import { recorded } from '../fakes/card-service.ts';

const MARKER = 'zqmarker';
const parents = ['jo.bloggs@gmail.com', `Jane ${MARKER} <j.smith@hotmail.co.uk>`, `${MARKER}.khan@yahoo.co.uk`];
const saved = { id: `draft-${MARKER}`, to: parents, subject: `Trip ${MARKER}`, text: `Dear ${MARKER} parents` };

describe('deployment diagnostics', () => {
  it('record the event shape, the saved-draft search and the fix JSON, with no address, name, subject or id kept', () => {
    const world = fakeWorld({ saved: [] });
    const services = fakeServices(world);
    const event = composeEvent({ to: parents }, undefined, `Trip ${MARKER}`);
    composeOpen(event, services); // not saved yet
    world.Drafts.saved.push(saved);
    const response = recorded(checkAgain(composeEvent({ to: parents }, {}, `Trip ${MARKER}`), services));
    let parameters: Record<string, string> | undefined;
    JSON.stringify(response, (_key, value) => {
      if (value && value.functionName === 'onApplyFix') parameters = value.parameters;
      return value;
    });
    expect(recorded(applyFix(composeEvent({ to: parents }, parameters), services))).toMatchObject({ type: 'UpdateDraftActionResponse' });
    world.clock.advance(601);
    composeOpen(event, services); // goes to the store

    const stored = JSON.stringify([...world.shared.properties.values]) + JSON.stringify(world.shared.cache);
    expect(stored).toContain('draftlint.diagnostics');
    for (const secret of [MARKER, 'bloggs', 'smith', 'draft-']) expect(stored.toLowerCase()).not.toContain(secret);
    const lines = diagnosticsLines(services).join('\n');
    expect(lines).toContain('Saved draft: found 2, not saved yet 1,');
    expect(lines).toContain('"Not saved yet" then found on Check again: 1.');
    expect(lines).toContain(
      'Last compose event: commonEventObject.hostApp, commonEventObject.platform, gmail.bccRecipients[0], gmail.ccRecipients[0], gmail.subject, gmail.toRecipients[3]',
    );
    expect(lines).toMatch(
      /Last recipient fix sent to Gmail: .*"updateToRecipients":\{"toRecipients":\["a1@…"\]\},"updateBccRecipients":\{"bccRecipients":\["a2@…","a3@…","a4@…"\]\}/,
    );
  });

  it('the shape of any event is names and lengths only, and bounded', () => {
    expect(eventShape({ a: { b: ['x', 'y'], c: 'secret', d: { e: { f: { g: { h: 1 } } } } } })).toEqual(['a.b[2]', 'a.c', 'a.d.e.f']);
    expect(eventShape({ many: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i])) })).toHaveLength(40);
    expect(anonymisedJson('["Ann <ann@x.example>","ann@x.example","bob@y.example"]')).toBe('["Ann <a1@…>","a1@…","a2@…"]');
  });
});
