// Who may do what, decided on the server in every callback: a Network Manager or DPO is named in the
// settings in force or in the bundled draftlint.config.json, so a mistake in saved settings can never
// lock the school out. A blank address (Apps Script would not say who it is) is nobody.
import type { Config } from '../../rules/index.ts';

export type Role = 'networkManagers' | 'dpo';

export function hasRole(role: Role, email: string, inForce: Config, bundled: Config): boolean {
  const who = email.trim().toLowerCase();
  if (!who) return false;
  return inForce.roles[role].indexOf(who) >= 0 || bundled.roles[role].indexOf(who) >= 0;
}
