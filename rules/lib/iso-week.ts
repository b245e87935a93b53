// ISO 8601 weeks, for the statistics' weekly counts and the report's weekly chart: both shells count by week.

/**
 * The ISO 8601 week of a moment in UTC, as "2026-W49": weeks start on Monday, and week 1 is the one with
 * the year's first Thursday, so 29 December 2025 is in 2026-W01 and 1 January 2027 in 2026-W53.
 */
export function isoWeek(ms: number): string {
  const date = new Date(ms);
  const day = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86400000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (UTC midnight) that starts an ISO week key. */
export function weekStart(week: string): number {
  const [year, w] = week.split('-W').map(Number);
  const jan4 = Date.UTC(year, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000;
  return monday1 + (w - 1) * 7 * 86400000;
}
