// The names Gmail may call, as data and as a type: addon/entrypoints.ts must define exactly these, and a card
// that names any other callback does not compile. Kept apart from entrypoints.ts so cards need not import it.
/** The Network Manager's callbacks (guarded in entrypoints.ts; tested for every name listed here). */
export const SETTINGS_ENTRY_POINTS = [
  'onShowSettings',
  'onShowSettingsPage',
  'onSaveSettings',
  'onImportSettings',
  'onRestoreSettings',
] as const;

/** The DPO's callbacks (the Network Managers may use them too; guarded in entrypoints.ts). */
export const STATS_ENTRY_POINTS = ['onShowStats', 'onExportStats', 'onShowStatsCsv'] as const;

export const ENTRY_POINT_NAMES = [
  'onHomepage',
  'onComposeOpen',
  'onCheckAgain',
  'onApplyFix',
  'onShowRuleFindings',
  'onShowDismiss',
  'onDismiss',
  'onQuietAddress',
  'onCheckSent',
  'onTellDpo',
  'onTellDpoNearMiss',
  ...SETTINGS_ENTRY_POINTS,
  ...STATS_ENTRY_POINTS,
] as const;

export type EntryPointName = (typeof ENTRY_POINT_NAMES)[number];
