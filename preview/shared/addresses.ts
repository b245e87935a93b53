// The compose pane's address fields as Gmail shows them: "Jane <jane@x>, b@y". Shared by the page (to keep
// display names when a fix moves an address) and the server (to build the draft and the event).

/** "a@x, Jane <b@y>" → ["a@x", "Jane <b@y>"]; a comma or semicolon inside quotes stays in its name. */
export function splitAddresses(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if ((ch === ',' || ch === ';') && !quoted) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** The address in "Jane <jane@x>", lower-cased. */
export function addressOnly(text: string): string {
  const m = /<([^>]+)>/.exec(text);
  return (m ? m[1] : text).trim().toLowerCase();
}
