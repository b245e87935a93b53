// zod schemas shared by the config and the rules' options: domains and e-mail addresses, normalised to
// lower case, each with the sentence a Network Manager sees when one is wrong.
import * as z from 'zod/mini';

export const domain = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'is not a domain name (write it like "school.org.uk")' }),
  );

export const email = z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email({ error: 'is not an e-mail address' }));

export const domainList = z._default(z.array(domain), []);
export const emailList = z._default(z.array(email), []);

/**
 * The one way a Network Manager changes a shipped list: `{ "add": [...], "remove": [...] }`. Removing
 * matches whatever the case; adding something already there adds nothing.
 */
export function listChange<T extends z.ZodMiniType>(item: T) {
  return z._default(z.strictObject({ add: z._default(z.array(item), []), remove: z._default(z.array(z.string().check(z.trim())), []) }), {
    add: [],
    remove: [],
  });
}

/** A shipped list after a list change: removed entries out (whatever their case), added ones in, once each. */
export function changedList(shipped: readonly string[], change: { add: readonly string[]; remove: readonly string[] }): string[] {
  const removed = new Set(change.remove.map((w) => w.toLowerCase()));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const w of [...shipped, ...change.add]) {
    const key = w.toLowerCase();
    if (removed.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
}

/** What the settings card shows for an option: a label with its unit ("Largest file (MB)") and one line of help. */
export interface OptionText {
  label: string;
  help: string;
}

/** An option schema with the words the Network Manager sees for it (zod metadata, read by optionText). */
export function described<T extends z.ZodMiniType>(schema: T, label: string, help: string): T {
  return schema.check(z.meta({ label, description: help })) as T;
}

/** The label and help given to a schema with described(), looked for through its defaults and wrappers. */
export function optionText(schema: z.ZodMiniType): OptionText | undefined {
  let node: z.ZodMiniType | undefined = schema;
  for (let depth = 0; node && depth < 8; depth++) {
    const meta = z.globalRegistry.get(node) as { label?: string; description?: string } | undefined;
    if (meta && meta.label && meta.description) return { label: meta.label, help: meta.description };
    const def: { innerType?: z.ZodMiniType; in?: z.ZodMiniType } = (node as unknown as { _zod: { def: object } })._zod.def;
    node = def.innerType ?? def.in;
  }
  return undefined;
}
