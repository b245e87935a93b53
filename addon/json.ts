// Reading stored JSON that may be missing or damaged: a value that does not parse reads as absent, so a
// broken property loses what it held, never a check or a save.
export function parseJson<T = unknown>(text: string | null | undefined): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch (_) {
    return undefined;
  }
}
