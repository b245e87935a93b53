// The HTML report's "By sending account" table, for an audit of sent mail (--sent-only): messages checked
// and flagged per account, so a Vault export of several people reads per person. Bounded: the first
// MAX_ACCOUNTS accounts get a row, the rest are added up in one.
import { escapeHtml } from './html-text.ts';

const MAX_ACCOUNTS = 500;

export class Accounts {
  private readonly rows = new Map<string, { checked: number; flagged: number }>();
  private readonly others = { checked: 0, flagged: 0, accounts: new Set<string>() };

  add(account: string, flagged: boolean): void {
    let row = this.rows.get(account);
    if (!row && this.rows.size < MAX_ACCOUNTS) this.rows.set(account, (row = { checked: 0, flagged: 0 }));
    const into = row || this.others;
    into.checked++;
    if (flagged) into.flagged++;
    if (!row && this.others.accounts.size < MAX_ACCOUNTS) this.others.accounts.add(account);
  }

  /** The section, or '' for mail of one account (nothing to group). */
  html(): string {
    if (this.rows.size < 2) return '';
    const rows = [...this.rows].sort((a, b) => b[1].flagged - a[1].flagged || (a[0] < b[0] ? -1 : 1));
    const line = (name: string, r: { checked: number; flagged: number }) =>
      `<tr><td>${escapeHtml(name)}</td><td class="num">${r.checked}</td><td class="num">${r.flagged}</td></tr>`;
    const more = this.others.checked ? line(`${this.others.accounts.size} more accounts`, this.others) : '';
    return `<section id="accounts">
<h2>By sending account</h2>
<p>Sent messages checked and flagged, per account, most flagged first.</p>
<table>
<thead><tr><th>Account</th><th class="num">Checked</th><th class="num">Flagged</th></tr></thead>
<tbody>
${rows.map(([name, r]) => line(name, r)).join('\n')}${more ? `\n${more}` : ''}
</tbody>
</table>
</section>
`;
  }
}
