// Reading a settings card back. Only the fields the card showed are read, and an input that did not come
// back is never taken for "empty": a drop-down always sends its choice, and a text box its text, so one
// missing means the form came back incomplete and nothing is saved. Switches and ticks are the exception
// Google documents: an unselected switch or an unticked box sends nothing (Switch.setValue: "the value
// that is sent as the form input when this switch is toggled on"), so for them nothing means off or none.
import type { Field } from './form-fields.ts';

interface FormRead {
  /** path → the value as typed, for the config's own validation to judge. */
  values: Map<string, unknown>;
  problems: { path: string; message: string }[];
  /** Fields the card showed that did not come back. */
  missing: Field[];
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

function pairs(field: Field, text: string, problems: FormRead['problems']): unknown[] {
  const keys = field.keys || [];
  return lines(text).flatMap((line, i) => {
    const parts = line.split(',').map((p) => p.trim());
    if (parts.length < keys.length || parts.some((p) => !p)) {
      problems.push({ path: field.path, message: `line ${i + 1}: write it as ${keys.join(', ')}` });
      return [];
    }
    const head = parts.slice(0, keys.length - 1);
    const last = parts.slice(keys.length - 1).join(', ');
    return [Object.fromEntries(keys.map((k, j) => [k, j < head.length ? head[j] : last]))];
  });
}

/**
 * The values of the fields a card showed, from what came back. `shown` is what the card showed for each
 * field (the settings in force at the version it was opened on), so a text box it showed empty may come
 * back absent without harm.
 */
export function readForm(fields: Field[], inputs: Record<string, string[]>, shown: (path: string) => string[]): FormRead {
  const out: FormRead = { values: new Map(), problems: [], missing: [] };
  for (const field of fields) {
    const input = inputs[field.path];
    if (field.kind === 'boolean' || field.kind === 'choices') {
      out.values.set(field.path, field.kind === 'boolean' ? !!input && input[0] === 'true' : input || []);
      continue;
    }
    if (!input) {
      const wasEmpty = !shown(field.path).some((v) => v.trim());
      if (!wasEmpty || field.kind === 'severity' || field.kind === 'choice') out.missing.push(field);
      continue;
    }
    const text = (input[0] || '').trim();
    if (field.kind === 'lines') out.values.set(field.path, lines(text));
    else if (field.kind === 'pairs') out.values.set(field.path, pairs(field, text, out.problems));
    else if (field.kind === 'number') {
      if (text) out.values.set(field.path, /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
    } else if (field.kind === 'json') {
      try {
        out.values.set(field.path, JSON.parse(text));
      } catch (error) {
        out.problems.push({ path: field.path, message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` });
      }
    } else out.values.set(field.path, text);
  }
  return out;
}
