// The one list of functions Gmail may call (manifest triggers and button callbacks). The build writes a
// top-level stub for each name and fails if the manifest or a card names a function not listed here.
// Every entry point catches everything: an add-on that throws shows Gmail's bare error, and staff learn nothing.
import { problemCard } from './cards/findings-card.ts';
import type { EntryPointName } from './entry-point-name.ts';
import { notify } from './responses.ts';
import { appsScriptServices, type Services } from './services.ts';
import {
  importSettings,
  restoreSettings,
  saveSettingsFromForm,
  showExport,
  showHistory,
  showImport,
  showSettings,
} from './settings/callbacks.ts';
import { exportStats, showStats, showStatsCsv } from './stats/callbacks.ts';
import { applyFix, checkAgain, composeOpen, dismissFinding, showDismiss, showRuleFindings } from './triggers/compose.ts';
import { homepage } from './triggers/homepage.ts';

const SORRY =
  'draftlint could not finish this check. Your draft is unchanged; press "Check again", and tell the Network Manager if it keeps happening.';

function reportError(name: string, error: unknown): void {
  console.error(`draftlint ${name} failed: ${error instanceof Error ? error.stack || error.message : String(error)}`);
}

type Safely = <R>(
  name: string,
  run: (event: unknown, services: Services) => R,
  onError: 'card' | 'notify',
) => (event: unknown) => R | GoogleAppsScript.Card_Service.Card | GoogleAppsScript.Card_Service.ActionResponse;

/** Wraps a trigger so that a failure becomes a card, or a notification for button callbacks. */
const safelyWith =
  (servicesOf: () => Services): Safely =>
  (name, run, onError) =>
  (event) => {
    const services = servicesOf();
    try {
      return run(event, services);
    } catch (error) {
      reportError(name, error);
      try {
        if (onError === 'card') return problemCard(services.card, SORRY);
        return notify(services, SORRY);
      } catch (second) {
        reportError(`${name} (error card)`, second);
        return undefined as never; // CardService itself failed; returning nothing beats throwing.
      }
    }
  };

/** Every entry point, on the services given (Apps Script's own, or the fakes in tests). */
export function makeEntryPoints(servicesOf: () => Services): Record<EntryPointName, (event: unknown) => unknown> {
  const safely = safelyWith(servicesOf);
  return {
    onHomepage: safely('onHomepage', homepage, 'card'),
    onComposeOpen: safely('onComposeOpen', composeOpen, 'card'),
    onCheckAgain: safely('onCheckAgain', checkAgain, 'notify'),
    onApplyFix: safely('onApplyFix', applyFix, 'notify'),
    onShowRuleFindings: safely('onShowRuleFindings', showRuleFindings, 'notify'),
    onShowDismiss: safely('onShowDismiss', showDismiss, 'notify'),
    onDismiss: safely('onDismiss', dismissFinding, 'notify'),
    onShowSettings: safely('onShowSettings', showSettings, 'notify'),
    onSaveSettings: safely('onSaveSettings', saveSettingsFromForm, 'notify'),
    onShowExport: safely('onShowExport', showExport, 'notify'),
    onShowImport: safely('onShowImport', showImport, 'notify'),
    onImportSettings: safely('onImportSettings', importSettings, 'notify'),
    onShowHistory: safely('onShowHistory', showHistory, 'notify'),
    onRestoreSettings: safely('onRestoreSettings', restoreSettings, 'notify'),
    onShowStats: safely('onShowStats', showStats, 'notify'),
    onExportStats: safely('onExportStats', exportStats, 'notify'),
    onShowStatsCsv: safely('onShowStatsCsv', showStatsCsv, 'notify'),
  };
}

export const entryPoints = makeEntryPoints(appsScriptServices);
