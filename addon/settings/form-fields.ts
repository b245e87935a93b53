// The settings form, generated from the zod schemas: each rule's options schema, and the organisation and
// roles schemas. A number becomes a number box, a boolean and an enum a drop-down, a list of choices a set of
// ticks, a list of text one item per line, anything else JSON; each with its default. So a new rule or
// option appears on the card with no card code. Reading the form back gives a draftlint.config.json object
// for the one validation the CLI uses too.
import { sectionSchemas, type RulesMeta } from '../../rules/index.ts';
import { setAt } from './paths.ts';

export type FieldKind = 'severity' | 'number' | 'boolean' | 'choice' | 'choices' | 'lines' | 'json';

export interface Field {
  /** The settings path, which is also the widget's field name. */
  path: string;
  label: string;
  kind: FieldKind;
  choices?: readonly string[];
  defaultValue: unknown;
  /** What to type, and the default: shown under the field. */
  hint: string;
}

const SEVERITIES = ['off', 'audit', 'info', 'warning', 'error'] as const;

// zod's definitions, as far as the form reads them (zod 4 keeps them on `_zod.def`).
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  defaultValue?: unknown;
  in?: Schema;
  element?: Schema;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: { check: string; value?: number } } }[];
}
type Schema = { _zod: { def: Def } };

const defOf = (schema: unknown) => (schema as Schema)._zod.def;

/** Through defaults, optionals and pipes to the type a person types; the default on the way. */
function unwrap(schema: Schema): { def: Def; defaultValue: unknown } {
  let def = defOf(schema);
  let defaultValue: unknown;
  for (;;) {
    if (def.type === 'default') {
      if (defaultValue === undefined) defaultValue = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
      def = defOf(def.innerType);
    } else if (def.type === 'optional' || def.type === 'nullable' || def.type === 'readonly') def = defOf(def.innerType);
    else if (def.type === 'pipe') def = defOf(def.in);
    else return { def, defaultValue };
  }
}

/** "maxVisible" → "max visible"; "keywords.add" → "keywords: add". */
function labelOf(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function range(def: Def): string {
  let low: number | undefined;
  let high: number | undefined;
  for (const check of def.checks || []) {
    const c = check._zod.def;
    if (c.check === 'greater_than') low = c.value;
    if (c.check === 'less_than') high = c.value;
  }
  const whole = def.format === 'safeint' || def.format === 'int32' ? 'a whole number' : 'a number';
  if (low !== undefined && high !== undefined) return `${whole} from ${low} to ${high}`;
  if (low !== undefined) return `${whole}, at least ${low}`;
  return high !== undefined ? `${whole}, at most ${high}` : whole;
}

const shown = (value: unknown) =>
  Array.isArray(value) ? (value.length ? value.join(', ') : 'none') : typeof value === 'string' ? value : JSON.stringify(value);

function leafField(path: string, label: string, def: Def, defaultValue: unknown): Field {
  const base = { path, label, defaultValue };
  const withDefault = (what: string) => `${what} · default: ${shown(defaultValue)}`;
  if (def.type === 'number') return { ...base, kind: 'number', hint: withDefault(range(def)) };
  if (def.type === 'boolean') return { ...base, kind: 'boolean', choices: ['true', 'false'], hint: withDefault('yes or no') };
  if (def.type === 'enum')
    return { ...base, kind: 'choice', choices: Object.values(def.entries || {}), hint: withDefault('one of the choices') };
  if (def.type === 'array') {
    const element = unwrap(def.element!).def;
    if (element.type === 'enum') {
      return { ...base, kind: 'choices', choices: Object.values(element.entries || {}), hint: withDefault('tick those that apply') };
    }
    if (element.type === 'string') return { ...base, kind: 'lines', hint: withDefault('one per line') };
  }
  return { ...base, kind: 'json', hint: withDefault('JSON') };
}

/** The fields of an object schema, its nested objects walked, under a settings path. */
function fieldsOf(schema: unknown, base: string, labelPrefix = ''): Field[] {
  const { def } = unwrap(schema as Schema);
  const fields: Field[] = [];
  for (const key of Object.keys(def.shape || {})) {
    const child = def.shape![key];
    const { def: childDef, defaultValue } = unwrap(child);
    const label = labelPrefix ? `${labelPrefix}: ${key}` : labelOf(key);
    if (childDef.type === 'object') fields.push(...fieldsOf(child, `${base}.${key}`, label));
    else fields.push(leafField(`${base}.${key}`, label, childDef, defaultValue));
  }
  return fields;
}

/** A rule's fields: its severity, then one per option. */
export function ruleFields(id: string, rules: RulesMeta): Field[] {
  const meta = rules[id];
  const severity: Field = {
    path: `rules.${id}.severity`,
    label: 'Severity',
    kind: 'severity',
    choices: SEVERITIES,
    defaultValue: meta.defaultSeverity,
    hint: `audit: runs and is counted, but staff do not see it · default: ${meta.defaultSeverity}`,
  };
  return [severity, ...fieldsOf(meta.options, `rules.${id}`)];
}

export const organisationFields = (): Field[] => fieldsOf(sectionSchemas.organisation, 'organisation');
export const roleFields = (): Field[] => fieldsOf(sectionSchemas.roles, 'roles');

/** Every field of the form, in card order. */
export function allFields(rules: RulesMeta): Field[] {
  return Object.keys(rules)
    .flatMap((id) => ruleFields(id, rules))
    .concat(organisationFields(), roleFields());
}

/** A setting's value as the widget shows it: the text in a box, or the selected choices. */
export function widgetValue(field: Field, value: unknown): string[] {
  switch (field.kind) {
    case 'lines':
      return [Array.isArray(value) ? value.join('\n') : ''];
    case 'choices':
      return Array.isArray(value) ? value.map(String) : [];
    case 'json':
      return [value === undefined ? '' : JSON.stringify(value, null, 1)];
    default:
      return value === undefined ? [] : [String(value)];
  }
}

export interface FormProblem {
  path: string;
  message: string;
}

/**
 * The form's inputs as a draftlint.config.json object. Values are passed on as typed, for the config's own
 * validation to judge ("abc" in a number box stays text, so the message says "found the text "abc""); an
 * empty box means the default. JSON that does not parse is a problem of its own.
 */
export function readForm(fields: Field[], inputs: Record<string, string[]>): { file: Record<string, unknown>; problems: FormProblem[] } {
  const file: Record<string, unknown> = { organisation: {}, roles: {}, rules: {} };
  const problems: FormProblem[] = [];
  for (const field of fields) {
    const values = inputs[field.path];
    const text = values && values.length ? values[0].trim() : '';
    if (field.kind === 'choices') {
      setAt(file, field.path, values || []); // no tick at all arrives as no input
      continue;
    }
    if (field.kind === 'severity') {
      setAt(file, field.path, text || field.defaultValue);
      continue;
    }
    if (!text) {
      if (field.kind === 'lines') setAt(file, field.path, []);
      continue; // the default
    }
    if (field.kind === 'number') setAt(file, field.path, /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
    else if (field.kind === 'boolean') setAt(file, field.path, text === 'true' ? true : text === 'false' ? false : text);
    else if (field.kind === 'lines')
      setAt(
        file,
        field.path,
        text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
      );
    else if (field.kind === 'json') {
      try {
        setAt(file, field.path, JSON.parse(text));
      } catch (error) {
        problems.push({ path: field.path, message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` });
      }
    } else setAt(file, field.path, text);
  }
  return { file, problems };
}
