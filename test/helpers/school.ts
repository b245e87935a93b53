// A scripted school for the statistics tests: teachers checking, fixing and dismissing drafts whose every
// string carries a marker, the DPO and the Network Manager, the statistics entry points called as Gmail calls
// them (through the guard), and the privacy scan over every store the worlds that ran hold.
import { makeEntryPoints } from '../../addon/entrypoints.ts';
import type { Services } from '../../addon/services.ts';
import { applyFix, checkAgain, composeOpen, dismissFinding, showDismiss } from '../../addon/triggers/compose.ts';
import { composeEvent, fakeServices, fakeWorld, type FakeWorld, type SharedScript } from '../fakes/apps-script.ts';
import { recorded } from '../fakes/card-service.ts';
import type { SavedDraftSpec } from '../fakes/gmail.ts';
import { all, notification as notificationOf, type Node } from './cards.ts';
import { settle } from './stats.ts';

export const DPO = 'dpo@silcoates.org.uk'; // both in the bundled draftlint.config.json
export const NETWORK_MANAGER = 'ithelpdesk@silcoates.org.uk';
export const MARK = 'qxmark';

export const notification = (response: unknown) => notificationOf(recorded(response));
export const cardOf = (response: unknown) => all(recorded(response), 'Card')[0];
export const actionOf = (response: unknown, name: string) => all(recorded(response), 'Action').find((a) => a.functionName === name);

// The statistics callbacks as Gmail calls them: through the entry points, so the guard runs.
export const showStats = (event: unknown, services: Services) => makeEntryPoints(() => services).onShowStats(event);
export const exportStats = (event: unknown, services: Services) => makeEntryPoints(() => services).onExportStats(event);
export const showStatsCsv = (event: unknown, services: Services) => makeEntryPoints(() => services).onShowStatsCsv(event);

export function user(email: string, shared: SharedScript, saved: SavedDraftSpec[] = []): { world: FakeWorld; services: Services } {
  const world = fakeWorld({ userEmail: email, shared, saved });
  return { world, services: fakeServices(world) };
}

/** A teacher's draft to three parents, every string of it marked so the privacy scan can look for it. */
export function markedDraft(n: number): { event: ReturnType<typeof composeEvent>; saved: SavedDraftSpec } {
  const to = [`${MARK}${n}a@gmail.com`, `Amy ${MARK}${n}name <amy${n}.${MARK}x@hotmail.co.uk>`, `z${n}${MARK}@yahoo.co.uk`];
  const saved: SavedDraftSpec = {
    id: `draft${MARK}${n}`,
    to,
    subject: `Trip ${MARK}${n}subject`,
    text: `Dear parents, ${MARK}${n}body. What a load of crap. Forward this to 10 people or you will have bad luck.`,
    attachments: [{ name: `${MARK}${n}file.csv`, type: 'text/csv', size: 40, bytes: new TextEncoder().encode(`name\n${MARK}${n}pupil`) }],
  };
  return { event: composeEvent({ to }, undefined, saved.subject), saved };
}

/** A week at a school: three teachers, two drafts each; Check again pressed often; some fixes and dismissals. */
export function scriptedWeek(shared: SharedScript) {
  for (let t = 0; t < 3; t++) {
    const drafts = [markedDraft(t * 2), markedDraft(t * 2 + 1)];
    const teacher = user(
      `teacher${t}${MARK}@silcoates.org.uk`,
      shared,
      drafts.map((d) => d.saved),
    );
    for (const d of drafts) {
      const opened = composeOpen(d.event, teacher.services);
      for (let again = 0; again < 4; again++) checkAgain(d.event, teacher.services); // counts once
      const fix = actionOf(opened, 'onApplyFix');
      if (t === 0 && fix)
        applyFix(composeEvent({ to: d.saved.to }, fix.parameters as Record<string, string>, d.saved.subject), teacher.services);
      const dismissButton = actionOf(opened, 'onShowDismiss');
      if (t === 1 && dismissButton) {
        const reasons = showDismiss(composeEvent({ to: d.saved.to }, dismissButton.parameters as Record<string, string>), teacher.services);
        const falseAlarm = all(recorded(reasons), 'Action').find((a) => (a.parameters as Node | undefined)?.reason === 'falseAlarm');
        dismissFinding(
          composeEvent({ to: d.saved.to }, falseAlarm!.parameters as Record<string, string>, d.saved.subject),
          teacher.services,
        );
      }
    }
  }
  settle(shared);
}

/** Everything stored by the worlds that ran: script properties and cache, every user's properties and cache, the sheets, the CSV. */
export function privacyScan(shared: SharedScript, dpo: FakeWorld, csv: string): string {
  const parts = [JSON.stringify(shared.properties.dump()), JSON.stringify(shared.cache.dump())];
  for (const stores of shared.users.values()) parts.push(JSON.stringify(stores.properties.dump()), JSON.stringify(stores.cache.dump()));
  parts.push(JSON.stringify([...dpo.Sheets.files.values()].map((f) => [...f.sheets])), csv);
  return parts.join('\n').toLowerCase();
}
