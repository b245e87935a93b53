// max-attachment-size: a file, or all the files together, over the size the Network Manager allows.
// Uses each attachment's declared size, so it never needs the bytes (nothing is downloaded in Gmail).
import { described } from './engine/schemas.ts';
import * as z from 'zod/mini';
import type { Report, Rule } from './engine/types.ts';

const options = z
  .strictObject({
    /** Largest single attachment, in MB. */
    maxFileMb: described(
      z._default(z.number().check(z.minimum(0.1), z.maximum(1000)), 10),
      'Largest file (MB)',
      'A single attachment larger than this is flagged.',
    ),
    /** Largest total of all attachments, in MB. */
    maxTotalMb: described(
      z._default(z.number().check(z.minimum(0.1), z.maximum(1000)), 20),
      'Largest total of all attachments (MB)',
      'All the attachments of one e-mail together; at least the largest file.',
    ),
  })
  .check(z.refine((o) => o.maxTotalMb >= o.maxFileMb, { error: 'maxTotalMb must be at least maxFileMb', path: ['maxTotalMb'] }));

type Options = z.output<typeof options>;

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

export const maxAttachmentSize: Rule<Options, 'attachments'> = {
  meta: {
    id: 'max-attachment-size',
    description: 'Attachments over the size the Network Manager allows',
    policy: {
      section: 'E-mail › Account Management',
      quote:
        'Users must not send or distribute large files or attachments without the permission of the Network Manager as their size could have a significant impact on the performance of the School network.',
    },
    defaultSeverity: 'warning',
    needs: ['attachments'],
    options,
    afterSending:
      "Large files may have been refused or cut short: check that the recipient has them, and share big files from the school's Google Drive next time.",
    messages: {
      fileTooLarge:
        '"{{name}}" is {{size}}, over the {{limit}} limit for one file. Share it from your school Google Drive with colleagues instead, or ask the Network Manager.',
      totalTooLarge:
        'The attachments come to {{size}}, over the {{limit}} limit for one e-mail ({{count}} files). Share them from your school Google Drive with colleagues instead, or ask the Network Manager.',
    },
  },

  create(opts) {
    return (draft) => {
      const reports: Report[] = [];
      let total = 0;
      for (const a of draft.attachments) {
        total += a.size;
        if (a.size > opts.maxFileMb * MB) {
          reports.push({
            messageId: 'fileTooLarge',
            data: { name: a.name, size: megabytes(a.size), limit: `${opts.maxFileMb} MB` },
            location: { field: 'attachments', attachment: a.name },
            evidence: [`${a.name} (${megabytes(a.size)})`],
          });
        }
      }
      // One file over the total is over the per-file limit too (maxTotalMb ≥ maxFileMb): said once, above.
      if (draft.attachments.length > 1 && total > opts.maxTotalMb * MB) {
        reports.push({
          messageId: 'totalTooLarge',
          data: { size: megabytes(total), limit: `${opts.maxTotalMb} MB`, count: draft.attachments.length },
          location: { field: 'attachments' },
          evidence: draft.attachments.map((a) => `${a.name} (${megabytes(a.size)})`),
        });
      }
      return reports;
    };
  },
};
