// What the CLI reports for one message, and the interface both output formats implement.
import type { Address, Finding, NotChecked } from '../../rules/index.ts';

/** What a report shows of the message itself: never written by the JSON format, which lists findings. */
export interface MessageHeaders {
  sentAt?: number;
  from?: Address;
  subject?: string;
}

export interface MessageResult {
  file: string;
  headers: MessageHeaders;
  findings: Finding[];
  notChecked: NotChecked[];
  /** Findings of rules in audit mode: shown with their own label, never counted toward the exit code. */
  audited: Finding[];
}

/** Formats write as results arrive, so an mbox of thousands of messages streams with flat memory. */
export interface Formatter {
  write(result: MessageResult): void | Promise<void>;
  close(): void | Promise<void>;
}

/** Writes text; may return a promise that settles when the output has room again (back-pressure). */
export type Write = (text: string) => void | Promise<void>;
