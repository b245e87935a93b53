// A typed fake of the Gmail advanced service's Users.Drafts: saved drafts searched with q (to:/cc:/bcc:),
// read in format=full as the real API shapes them (multipart payload, attachments by id and size, body
// data as signed Byte[] like Apps Script hands it over), message ids that change on every read (as on
// every save), a search index that can lag behind a draft saved seconds ago, and a count of calls so tests
// can hold the add-on to its budget. `saved` is newest first, as a list without a query returns drafts.
// Also the user's sent messages (Users.Messages) and GmailApp's createDraft, for "Check what I sent".
type Drafts = GoogleAppsScript.Gmail.Collection.Users.DraftsCollection;
type Messages = GoogleAppsScript.Gmail.Collection.Users.MessagesCollection;
import type { Fake } from './fake.ts';
import { FakeGmailDraft } from './card-service/responses.ts';

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

/** The MIME payload Gmail's API gives for a saved draft or a message, format=full. */
function payloadOf(d: SavedDraftSpec, id: string): GoogleAppsScript.Gmail.Schema.MessagePart {
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
  return { mimeType: 'multipart/mixed', headers, parts: [{ mimeType: 'multipart/alternative', parts: bodyParts }, ...files] };
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
    return { id, message: { id: `m${++this.saves}`, payload: payloadOf(d, id) } } as GoogleAppsScript.Gmail.Schema.Draft;
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

/** A message the user sent: a draft's fields, and when Gmail received it (internalDate, ms). */
export interface SentSpec extends SavedDraftSpec {
  sentAt: number;
}

/**
 * Users.Messages for the user's sent mail, as "Check what I sent" reads it: list with Gmail's search
 * (`in:sent newer_than:Nd`, the only query it understands; anything else is refused rather than guessed),
 * newest first as Gmail lists them, maxResults 1–500 (default 100); get by id with format=full.
 * Source: https://developers.google.com/gmail/api/reference/rest/v1/users.messages/list
 */
export class FakeMessages implements Fake<Messages, 'list' | 'get'> {
  calls = 0;
  constructor(
    readonly sent: SentSpec[],
    private readonly now: () => number,
  ) {}

  list(_userId: string, optionalArgs?: object) {
    this.calls++;
    const args = (optionalArgs || {}) as { q?: string; maxResults?: number };
    const m = /^in:sent newer_than:(\d+)d$/.exec(args.q || '');
    if (!m) throw new Error(`FakeMessages understands only "in:sent newer_than:Nd", not ${JSON.stringify(args.q)}`);
    const max = args.maxResults ?? 100;
    if (!Number.isInteger(max) || max < 1 || max > 500) throw new Error('Invalid maxResults: between 1 and 500');
    const since = this.now() - Number(m[1]) * 86400000;
    const all = this.sent.filter((s) => s.sentAt >= since).sort((a, b) => b.sentAt - a.sentAt);
    const found = all.slice(0, max);
    return {
      messages: found.map((s) => ({ id: s.id, threadId: `t-${s.id}` })),
      resultSizeEstimate: all.length,
      ...(all.length > max && { nextPageToken: 'page-2' }),
    } as GoogleAppsScript.Gmail.Schema.ListMessagesResponse;
  }

  get(_userId: string, id: string, _optionalArgs?: object) {
    this.calls++;
    const s = this.sent.find((x) => x.id === id);
    if (!s) throw new Error(`GoogleJsonResponseException: Requested entity was not found. (message ${id})`);
    return { id, internalDate: String(s.sentAt), payload: payloadOf(s, id) } as GoogleAppsScript.Gmail.Schema.Message;
  }

  asReal(): Messages {
    return this as unknown as Messages;
  }
}

/** GmailApp, as far as the note to the DPO uses it: createDraft keeps the draft for the test to read. */
export class FakeGmailApp {
  readonly drafts: FakeGmailDraft[] = [];
  private failure?: string;
  failWith(message: string): void {
    this.failure = message;
  }
  createDraft(recipients: string, subject: string, body: string): GoogleAppsScript.Gmail.GmailDraft {
    if (this.failure) throw new Error(this.failure);
    // Apps Script: "recipient: comma-separated list of email addresses".
    for (const r of recipients.split(',')) if (!/^[^\s@,]+@[^\s@,]+$/.test(r.trim())) throw new Error(`Invalid email: ${r}`);
    const draft = new FakeGmailDraft(`r-dpo-${this.drafts.length + 1}`, recipients, subject, body);
    this.drafts.push(draft);
    return draft as unknown as GoogleAppsScript.Gmail.GmailDraft;
  }
}
