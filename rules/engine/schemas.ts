// zod schemas shared by the config and the rules' options: domains and e-mail addresses, normalised to
// lower case, each with the sentence a Network Manager sees when one is wrong.
import * as z from 'zod/mini';

export const domain = z
  .string()
  .check(z.trim(), z.toLowerCase(), z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'is not a domain name (write it like "school.org.uk")' }));

export const email = z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email({ error: 'is not an e-mail address' }));

export const domainList = z._default(z.array(domain), []);
export const emailList = z._default(z.array(email), []);
