// What the page sends the server: the compose pane as typed. Shared so the two sides cannot drift.

export interface ComposeAttachment {
  name: string;
  type: string;
  /** The file's bytes, base64. */
  data: string;
}

/** Address fields are comma-separated text, as Gmail shows them ("Jane <jane@x>, b@y"). */
export interface Compose {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  html: boolean;
  attachments: ComposeAttachment[];
}
