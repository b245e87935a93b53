// Who may call an entry point, declared where the entry point is made (entrypoints.ts): staff callbacks are
// open to anyone signed in; the settings only to a Network Manager, the statistics to the DPO and the
// Network Managers. The guard asks on the server, before the callback runs, so a teacher who calls one
// directly with hand-made parameters is refused and nothing changes. A blank address is nobody.
import { notify } from './responses.ts';
import { schoolConfig } from './school-config.ts';
import type { Services } from './services.ts';
import { hasRole } from './settings/roles.ts';
import { settingsInForce, type SettingsInForce } from './settings/store.ts';

type Audience = 'staff' | 'networkManagers' | 'statistics';

/** The signed-in user a guarded callback runs for, with the settings in force it was judged on. */
export interface Caller {
  email: string;
  inForce: SettingsInForce;
}

export const REFUSALS: Record<Exclude<Audience, 'staff'>, string> = {
  networkManagers: "Only the school's Network Manager can see or change draftlint's settings. Nothing was changed.",
  statistics: "draftlint's statistics are for the school's DPO and Network Managers.",
};

export interface EntryPoint {
  audience: Audience;
  run(event: unknown, services: Services): unknown;
}

export const forStaff = (run: (event: unknown, services: Services) => unknown): EntryPoint => ({ audience: 'staff', run });

export function guarded(
  audience: Exclude<Audience, 'staff'>,
  run: (event: unknown, services: Services, caller: Caller) => unknown,
): EntryPoint {
  return {
    audience,
    run(event, services) {
      const inForce = settingsInForce(services);
      const email = services.userEmail().trim().toLowerCase();
      const nm = hasRole('networkManagers', email, inForce.config, schoolConfig());
      const allowed = audience === 'networkManagers' ? nm : nm || hasRole('dpo', email, inForce.config, schoolConfig());
      return allowed ? run(event, services, { email, inForce }) : notify(services, REFUSALS[audience]);
    },
  };
}
