// no-unapproved-cloud-storage: links to Dropbox, WeTransfer, OneDrive, Box, iCloud, MEGA and the like.
// Google Drive is the school's only approved cloud storage; the list of other services is data.
import * as z from 'zod/mini';
import { described } from './engine/schemas.ts';
import type { Rule } from './engine/types.ts';
import { unapprovedCloudStorage } from './data/cloud-storage.ts';
import { hostLookup } from './text/links.ts';

const host = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/, { error: 'is not a host name (write it like "dropbox.com")' }),
  );

const options = z.strictObject({
  /**
   * `add`: more services to flag, as { host, name }; `remove`: hosts taken off the list, never flagged
   * (a shipped service the school approves, or its own SharePoint tenant "school.sharepoint.com").
   */
  services: z._default(
    z.strictObject({
      add: described(
        z._default(z.array(z.strictObject({ host, name: z.string().check(z.minLength(1)) })), []),
        'More services to flag (host, name on each line)',
        'A storage or transfer service to flag, one per line as its host and its name: "filemail.com, Filemail".',
      ),
      remove: described(
        z._default(z.array(host), []),
        'Services the school approves (one host per line)',
        'Hosts taken off the shipped list and never flagged, such as the school’s own "school.sharepoint.com".',
      ),
    }),
    {
      add: [],
      remove: [],
    },
  ),
});

type Options = z.output<typeof options>;

export const noUnapprovedCloudStorage: Rule<Options, 'body'> = {
  meta: {
    id: 'no-unapproved-cloud-storage',
    description: 'Links to cloud storage other than the school’s Google Drive',
    policy: {
      section: 'Cloud Storage/Google Drive',
      quote: 'Users should not store or save School files, documents or other resources in any other cloud-based storage facility.',
    },
    defaultSeverity: 'warning',
    needs: ['body'],
    options,
    renamedOptions: { add: '"services": { "add": [...] }', allowHosts: '"services": { "remove": [...] }' },
    afterSending: 'The file is in a storage service the school has not approved. Ask for it to be removed, and tell the Network Manager.',
    messages: {
      unapprovedStorage:
        'This e-mail links to {{service}}. Google Drive is the school’s only approved cloud storage: share the file from your school Google Drive instead.',
    },
  },

  create(opts, _org, memo) {
    // The lookups depend on the options alone: made once per linter, not once per sender's organisation.
    const approved = memo('approved', () => hostLookup(opts.services.remove.map((domain) => ({ domain, value: true }))));
    const serviceOf = memo('services', () =>
      hostLookup(unapprovedCloudStorage.concat(opts.services.add).map((s) => ({ domain: s.host, value: s }))),
    );
    return (_draft, context) => {
      const byService = new Map<string, string[]>();
      for (const link of context.links()) {
        if (approved(link)) continue;
        const service = serviceOf(link);
        if (!service) continue;
        const urls = byService.get(service.name);
        if (urls) urls.push(link.url);
        else byService.set(service.name, [link.url]);
      }
      return Array.from(byService, ([service, urls]) => ({
        messageId: 'unapprovedStorage',
        data: { service },
        location: { field: 'body' as const },
        evidence: urls.slice(0, 5),
      }));
    };
  },
};
