// The settings form's fields, generated from the zod schemas: each rule's options and the organisation and
// roles, every leaf a field named by its settings path, with the label and help its schema carries
// (`described()` in the rule file: a new option cannot reach the card without them, a test sees to it).
// A number or text is a text box, a boolean a switch, an enum a drop-down, a list of choices ticks, a list
// of text or of {host, name} one entry per line. Reading a form back knows which fields its card showed.
import { optionText, sectionSchemas, type RulesMeta } from '../../rules/index.ts';

export type FieldKind = 'severity' | 'number' | 'text' | 'boolean' | 'choice' | 'choices' | 'lines' | 'pairs' | 'json';

export interface Field {
  /** The settings path, which is also the widget's field name. */
  path: string;
  label: string;
  help: string;
  kind: FieldKind;
  choices?: readonly string[];
  /** For 'pairs': the property names, in the order each line gives them ("host, name"). */
  keys?: readonly string[];
}

const SEVERITIES = ['off', 'audit', 'info', 'warning', 'error'] as const;

// zod's definitions, as far as the form reads them (zod 4 keeps them on `_zod.def`).
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  entries?: Record<string, string>;
}
type Schema = { _zod: { def: Def } };

const defOf = (schema: unknown) => (schema as Schema)._zod.def;

/** Through defaults, optionals and pipes to the type a person types. */
function unwrap(schema: Schema): Def {
  let def = defOf(schema);
  while (['default', 'optional', 'nullable', 'readonly', 'pipe'].includes(def.type))
    def = defOf(def.type === 'pipe' ? def.in : def.innerType);
  return def;
}

/** "maxVisible" → "Max visible": only for a schema without described(), which a test forbids. */
function fallbackLabel(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function kindOf(def: Def): Pick<Field, 'kind' | 'choices' | 'keys'> {
  if (def.type === 'number') return { kind: 'number' };
  if (def.type === 'string') return { kind: 'text' };
  if (def.type === 'boolean') return { kind: 'boolean' };
  if (def.type === 'enum') return { kind: 'choice', choices: Object.values(def.entries || {}) };
  if (def.type === 'array') {
    const element = unwrap(def.element!);
    if (element.type === 'enum') return { kind: 'choices', choices: Object.values(element.entries || {}) };
    if (element.type === 'string') return { kind: 'lines' };
    const keys = Object.keys(element.shape || {});
    if (element.type === 'object' && keys.every((k) => unwrap(element.shape![k]).type === 'string')) return { kind: 'pairs', keys };
  }
  return { kind: 'json' };
}

/** The words of a list change's two halves, under the words of the list ("Contract phrases"). */
const LIST_CHANGE: Record<string, (label: string) => string> = {
  add: (label) => `${label} to add (one per line)`,
  remove: (label) => `${label} taken off the shipped list (one per line)`,
};

/** The fields of an object schema, its nested objects walked, under a settings path. */
function fieldsOf(schema: unknown, base: string, parent?: { label: string; help: string }): Field[] {
  const def = unwrap(schema as Schema);
  const fields: Field[] = [];
  for (const key of Object.keys(def.shape || {})) {
    const child = def.shape![key];
    const childDef = unwrap(child);
    const path = `${base}.${key}`;
    const own = optionText(child as never);
    // An { add, remove } list change is described once; its halves take their words from it.
    const text = own || (parent && LIST_CHANGE[key] ? { label: LIST_CHANGE[key](parent.label), help: parent.help } : undefined);
    if (childDef.type === 'object') fields.push(...fieldsOf(child, path, text));
    else fields.push({ path, label: text ? text.label : fallbackLabel(key), help: text ? text.help : '', ...kindOf(childDef) });
  }
  return fields;
}

/** A rule's fields: its severity, then one per option. */
export function ruleFields(id: string, rules: RulesMeta): Field[] {
  const severity: Field = {
    path: `rules.${id}.severity`,
    label: 'How staff are told',
    help: 'error: fix before sending · warning: check before sending · info: worth a look · audit: on trial, counted but staff see nothing · off: not checked.',
    kind: 'severity',
    choices: SEVERITIES,
  };
  return [severity, ...fieldsOf(rules[id].options, `rules.${id}`)];
}

export const organisationFields = (): Field[] => fieldsOf(sectionSchemas.organisation, 'organisation');
export const roleFields = (): Field[] => fieldsOf(sectionSchemas.roles, 'roles');

/** Every field of every settings card. */
export function allFields(rules: RulesMeta): Field[] {
  return Object.keys(rules)
    .flatMap((id) => ruleFields(id, rules))
    .concat(organisationFields(), roleFields());
}

/** A setting's value as its widget shows it: the text in a box (one entry a line), or the selected choices. */
export function widgetValue(field: Field, value: unknown): string[] {
  switch (field.kind) {
    case 'lines':
      return [Array.isArray(value) ? value.join('\n') : ''];
    case 'pairs':
      return [
        Array.isArray(value) ? value.map((v) => (field.keys || []).map((k) => (v as Record<string, string>)[k]).join(', ')).join('\n') : '',
      ];
    case 'choices':
      return Array.isArray(value) ? value.map(String) : [];
    case 'json':
      return [value === undefined ? '' : JSON.stringify(value)];
    case 'boolean':
      return value === true ? ['true'] : [];
    default:
      return value === undefined ? [] : [String(value)];
  }
}
