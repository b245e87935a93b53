// `npm run misdirected [-- --show]`: no-misdirected-recipient on real mail, each message checked with its
// sender's history as their known correspondents: the recipients (with display names) of the same sender's
// earlier messages in the corpus, as Gmail's "other contacts" would hold them. Prints the share of messages
// flagged per source and message id (budget: ≤ 0.5 %); --show lists every hit so each can be read by hand.
// Internal domains are each sender's own (the built-in default). Needs ../shared/corpus/professional.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { emlToDraft } from '../cli/eml-to-draft.ts';
import { builtInRules, createLinter, parseConfig, type Address, type Draft } from '../rules/index.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const corpus = join(process.env.DRAFTLINT_CORPUS ?? resolve(root, '..', 'shared', 'corpus'), 'professional');
const { values } = parseArgs({ options: { show: { type: 'boolean', default: false } } });
const rule = 'no-misdirected-recipient';
const parsed = parseConfig({ rules: { [rule]: 'warning' } }, { [rule]: builtInRules[rule] });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const linter = createLinter(parsed.config, { [rule]: builtInRules[rule] });

const sources = { 'enron-raw': 'enron_raw', 'spamassassin-easy_ham': 'spamassassin_easy_ham' };
for (const [source, dir] of Object.entries(sources)) {
  const messages: { name: string; draft: Draft; sentAt: number }[] = [];
  for (const name of readdirSync(join(corpus, dir)).sort()) {
    const result = await emlToDraft(readFileSync(join(corpus, dir, name)));
    if (result.ok) messages.push({ name, draft: result.draft, sentAt: result.sentAt ?? 0 });
  }
  messages.sort((a, b) => a.sentAt - b.sentAt);
  const history = new Map<string, Map<string, Address>>();
  const byMessageId: Record<string, number> = {};
  let flagged = 0;
  let withHistory = 0;
  for (const { name, draft } of messages) {
    const sender = draft.from ? draft.from.address : '';
    const known = history.get(sender) ?? new Map<string, Address>();
    if (known.size) withHistory++;
    const report = linter.lint({ ...draft, knownCorrespondents: [...known.values()] });
    const findings = report.findings.filter((f) => f.ruleId === rule);
    if (findings.length) flagged++;
    for (const f of findings) {
      byMessageId[f.messageId] = (byMessageId[f.messageId] ?? 0) + 1;
      if (values.show) console.log(`${dir}/${name}\t${f.messageId}\t${f.message}\n\t\t${(f.evidence ?? []).join('\n\t\t')}`);
    }
    for (const a of [...(draft.to ?? []), ...(draft.cc ?? []), ...(draft.bcc ?? [])]) if (!known.has(a.address)) known.set(a.address, a);
    history.set(sender, known);
  }
  const share = ((100 * flagged) / messages.length).toFixed(2);
  console.log(
    `${source}: ${flagged} of ${messages.length} messages flagged (${share} %); ${withHistory} checked with a history; by message: ${JSON.stringify(byMessageId)}`,
  );
}
