// The one list of functions Gmail may call (manifest triggers and button callbacks). The build writes a
// top-level stub for each name and fails if the manifest or a card names a function not listed here.
// Every entry point catches everything: an add-on that throws shows Gmail's bare error, and staff learn nothing.
import { checkSentMail, tellDpo, tellDpoNearMiss } from './after-send/callbacks.ts';
import { problemCard } from './cards/findings-card.ts';
import type { EntryPointName } from './entry-point-name.ts';
import { forStaff, guarded, type EntryPoint } from './guard.ts';
import { notify } from './responses.ts';
import { appsScriptServices, type Services } from './services.ts';
import { importSettings, restoreSettings, saveSettingsFromForm, showSettings, showSettingsPage } from './settings/callbacks.ts';
import { exportStats, showStats, showStatsCsv } from './stats/callbacks.ts';
import { applyFix, checkAgain, composeOpen, dismissFinding, quietFinding, showDismiss, showRuleFindings } from './triggers/compose.ts';
import { homepage } from './triggers/homepage.ts';

/** Every entry point with who may call it, declared here and nowhere else. */
export const ENTRY_POINTS: Record<EntryPointName, EntryPoint> = {
  onHomepage: forStaff(homepage),
  onComposeOpen: forStaff(composeOpen),
  onCheckAgain: forStaff(checkAgain),
  onApplyFix: forStaff(applyFix),
  onShowRuleFindings: forStaff(showRuleFindings),
  onShowDismiss: forStaff(showDismiss),
  onDismiss: forStaff(dismissFinding),
  onQuietAddress: forStaff(quietFinding),
  onCheckSent: forStaff(checkSentMail),
  onTellDpo: forStaff(tellDpo),
  onTellDpoNearMiss: forStaff(tellDpoNearMiss),
  onShowSettings: guarded('networkManagers', showSettings),
  onShowSettingsPage: guarded('networkManagers', showSettingsPage),
  onSaveSettings: guarded('networkManagers', saveSettingsFromForm),
  onImportSettings: guarded('networkManagers', importSettings),
  onRestoreSettings: guarded('networkManagers', restoreSettings),
  onShowStats: guarded('statistics', showStats),
  onExportStats: guarded('statistics', exportStats),
  onShowStatsCsv: guarded('statistics', showStatsCsv),
};

// What staff read when a check fails, and what the Network Manager and the DPO read when their card does.
const SORRY = {
  staff:
    'draftlint could not finish this check. Your draft is unchanged; press "Check again", and tell the Network Manager if it keeps happening.',
  networkManagers: 'draftlint could not finish that. Nothing was saved; try again, and look at the execution log if it keeps happening.',
  statistics: 'draftlint could not show the statistics just now. Nothing was changed; try again in a moment.',
} as const;

function reportError(name: string, error: unknown): void {
  console.error(`draftlint ${name} failed: ${error instanceof Error ? error.stack || error.message : String(error)}`);
}

/** Wraps an entry point so that a failure becomes a card (the triggers) or a notification (button callbacks). */
function safely(name: EntryPointName, entry: EntryPoint, servicesOf: () => Services): (event: unknown) => unknown {
  const asCard = name === 'onHomepage' || name === 'onComposeOpen';
  return (event) => {
    const services = servicesOf();
    try {
      return entry.run(event, services);
    } catch (error) {
      reportError(name, error);
      try {
        const sorry = SORRY[entry.audience];
        return asCard ? problemCard(services.card, sorry) : notify(services, sorry);
      } catch (second) {
        reportError(`${name} (error card)`, second);
        return undefined; // CardService itself failed; returning nothing beats throwing.
      }
    }
  };
}

/** Every entry point, on the services given (Apps Script's own, or the fakes in tests). */
export function makeEntryPoints(servicesOf: () => Services): Record<EntryPointName, (event: unknown) => unknown> {
  const out = {} as Record<EntryPointName, (event: unknown) => unknown>;
  for (const name of Object.keys(ENTRY_POINTS) as EntryPointName[]) out[name] = safely(name, ENTRY_POINTS[name], servicesOf);
  return out;
}

export const entryPoints = makeEntryPoints(appsScriptServices);
