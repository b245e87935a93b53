// no-external-file-sharing: a Google Drive, Docs, Sheets, Slides or Forms link in an e-mail to someone
// outside the school. The policy does not allow School files to be shared with external accounts.
import { described } from './engine/schemas.ts';
import * as z from 'zod/mini';
import type { Rule } from './engine/types.ts';
import { describeList, externalRecipients, hasExternalRecipient } from './lib/addresses.ts';
import { hostLookup, type Link } from './text/links.ts';

const GOOGLE_FILE_HOSTS = [
  'drive.google.com',
  'docs.google.com',
  'sheets.google.com',
  'slides.google.com',
  'forms.google.com',
  'sites.google.com',
  'jamboard.google.com',
  'drive.usercontent.google.com',
  'forms.gle',
];

const options = z.strictObject({
  /** A Form's response link (…/viewform, forms.gle) asks outsiders to fill it in, not to open a School file. */
  allowFormResponseLinks: described(
    z._default(z.boolean(), true),
    'Allow links to fill in a Google Form',
    'A Form’s response link asks outsiders to fill it in; it does not share a school file.',
  ),
  /** Partner domains count as outside the school unless this is true. */
  partnersAreInternal: described(
    z._default(z.boolean(), false),
    'Treat partner organisations as inside the school',
    'When off, Drive links to partner domains (the local authority, the trust) are flagged too.',
  ),
});

type Options = z.output<typeof options>;

const isGoogleFileLink = hostLookup(GOOGLE_FILE_HOSTS.map((domain) => ({ domain, value: true })));

function isFormResponseLink(link: Link): boolean {
  return link.host === 'forms.gle' || (link.host === 'docs.google.com' && /^\/forms\/.*\/(viewform|formResponse)\b/.test(link.path));
}

export const noExternalFileSharing: Rule<Options, 'to' | 'cc' | 'bcc' | 'body'> = {
  meta: {
    id: 'no-external-file-sharing',
    description: 'Google Drive links sent outside the school',
    policy: { section: 'Cloud Storage/Google Drive', quote: 'Sharing with external accounts is not permitted.' },
    defaultSeverity: 'warning',
    needs: ['to', 'cc', 'bcc', 'body'],
    options,
    afterSending:
      'People outside the school may open the file. Check its sharing settings now and limit it to the people who need it; tell the DPO if it holds personal data.',
    messages: {
      driveLinkToExternal:
        'This e-mail shares {{count}} Google Drive link{{plural}} with someone outside the school ({{external}}). School files must not be shared with external accounts: attach a copy that is safe to send, or remove the link.',
    },
  },

  create(opts, org) {
    return (draft, context) => {
      if (!hasExternalRecipient(draft, org, opts.partnersAreInternal)) return [];
      const links = context.links().filter((l) => isGoogleFileLink(l) && !(opts.allowFormResponseLinks && isFormResponseLink(l)));
      if (!links.length) return [];
      const external = externalRecipients(draft, org, opts.partnersAreInternal);
      return [
        {
          messageId: 'driveLinkToExternal',
          data: { count: links.length, plural: links.length === 1 ? '' : 's', external: describeList(external) },
          location: { field: 'body' },
          evidence: links.slice(0, 5).map((l) => l.url),
        },
      ];
    };
  },
};
