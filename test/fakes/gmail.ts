// A typed fake of the Gmail advanced service's Users.Drafts: saved drafts searched with q (to:/cc:/bcc:),
// read in format=full as the real API shapes them (multipart payload, attachments by id and size, body
// data as signed Byte[] like Apps Script hands it over), message ids that change on every read (as on
// every save), a search index that can lag behind a draft saved seconds ago, and a count of calls so tests
// can hold the add-on to its budget. `saved` is newest first, as a list without a query returns drafts.
type Drafts = GoogleAppsScript.Gmail.Collection.Users.DraftsCollection;
import type { Fake } from './fake.ts';

export interface SavedDraftSpec {
  id: string;
  from?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  subject?: string;
  text?: string;
  html?: string;
  /** `bytes` are served by Messages.Attachments.get; without them only the declared size is known. */
  attachments?: { name: string; type: string; size: number; bytes?: Uint8Array }[];
  /** Saved seconds ago: a search (q) does not find it yet, a plain list does. */
  notIndexedYet?: boolean;
}

/** UTF-8 bytes as Apps Script's Byte[]: signed, -128..127. */
export function signedBytes(text: string): number[] {
  return Array.from(new TextEncoder().encode(text), (b) => (b > 127 ? b - 256 : b));
}

function matches(d: SavedDraftSpec, q: string | undefined): boolean {
  if (!q) return true;
  if (d.notIndexedYet) return false;
  return q.split(/\s+/).every((term) => {
    const m = /^(to|cc|bcc):(.+)$/.exec(term);
    if (!m) return true;
    return (d[m[1] as 'to' | 'cc' | 'bcc'] || []).some((a) => a.toLowerCase().includes(m[2].toLowerCase()));
  });
}

export class FakeDrafts implements Fake<Drafts, 'list' | 'get'> {
  calls = 0;
  private saves = 0;
  constructor(readonly saved: SavedDraftSpec[] = []) {}

  list(_userId: string, optionalArgs?: object) {
    this.calls++;
    const args = (optionalArgs || {}) as { q?: string; maxResults?: number };
    const found = this.saved.filter((d) => matches(d, args.q)).slice(0, args.maxResults ?? 100);
    return {
      drafts: found.map((d) => ({ id: d.id, message: { id: `m${++this.saves}` } })),
      resultSizeEstimate: found.length,
    } as GoogleAppsScript.Gmail.Schema.ListDraftsResponse;
  }

  get(_userId: string, id: string, _optionalArgs?: object) {
    this.calls++;
    const d = this.saved.find((x) => x.id === id);
    if (!d) throw new Error(`GoogleJsonResponseException: Requested entity was not found. (draft ${id})`);
    const headers = [
      ['From', d.from ?? 'r.green@silcoates.org.uk'],
      ['To', (d.to ?? []).join(', ')],
      ['Cc', (d.cc ?? []).join(', ')],
      ['Bcc', (d.bcc ?? []).join(', ')],
      ['Subject', d.subject ?? ''],
    ]
      .filter(([, v]) => v)
      .map(([name, value]) => ({ name, value }));
    const bodyParts: GoogleAppsScript.Gmail.Schema.MessagePart[] = [
      {
        mimeType: 'text/plain',
        headers: [{ name: 'Content-Type', value: 'text/plain; charset="UTF-8"' }],
        body: { data: signedBytes(d.text ?? '') as unknown as string, size: (d.text ?? '').length },
      },
    ];
    if (d.html !== undefined)
      bodyParts.push({
        mimeType: 'text/html',
        headers: [{ name: 'Content-Type', value: 'text/html; charset="UTF-8"' }],
        body: { data: signedBytes(d.html) as unknown as string, size: d.html.length },
      });
    const files = (d.attachments ?? []).map((a, i) => ({
      mimeType: a.type,
      filename: a.name,
      body: { attachmentId: `att-${id}-${i}`, size: a.size },
    }));
    return {
      id,
      message: {
        id: `m${++this.saves}`,
        payload: { mimeType: 'multipart/mixed', headers, parts: [{ mimeType: 'multipart/alternative', parts: bodyParts }, ...files] },
      },
    } as GoogleAppsScript.Gmail.Schema.Draft;
  }

  asReal(): Drafts {
    return this as unknown as Drafts;
  }

  /** Users.Messages.Attachments, sharing this fake's call count: data comes back as base64url text. */
  attachments(): Pick<GoogleAppsScript.Gmail.Collection.Users.Messages.AttachmentsCollection, 'get'> {
    const get = (_userId: string, _messageId: string, id: string) => {
      this.calls++;
      const m = /^att-(.+)-(\d+)$/.exec(id);
      const file = m && this.saved.find((d) => d.id === m[1])?.attachments?.[Number(m[2])];
      if (!file || !file.bytes) throw new Error(`GoogleJsonResponseException: Invalid attachment id ${id}`);
      return {
        size: file.bytes.length,
        data: Buffer.from(file.bytes).toString('base64url'),
      } as GoogleAppsScript.Gmail.Schema.MessagePartBody;
    };
    return { get } as Pick<GoogleAppsScript.Gmail.Collection.Users.Messages.AttachmentsCollection, 'get'>;
  }
}
