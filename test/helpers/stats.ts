// Statistics wait in each user's own store and go to the script store at most every few minutes (recorder.ts).
// `settle` lets that time pass and has every user who ran open the home card, so all their increments are in.
import { FLUSH_MINUTES, flushWaiting } from '../../addon/stats/recorder.ts';
import { fakeServices, fakeWorld, type SharedScript } from '../fakes/apps-script.ts';

export function settle(shared: SharedScript): void {
  shared.clock.advance(FLUSH_MINUTES * 60 + 1);
  for (const email of shared.users.keys()) flushWaiting(fakeServices(fakeWorld({ userEmail: email, shared })));
}
