// The compose card at its limits: Google ignores widgets past 100 on a card, so the card adds findings while
// they fit, keeps the summary of all of them, and reaches the rest through a card per rule.
import { describe, expect, it } from 'vitest';
import { findingsCard } from '../../addon/cards/findings-card.ts';
import { composeOpen, showRuleFindings } from '../../addon/triggers/compose.ts';
import { builtInRules, rulesMeta, type Finding, type LintReport } from '../../rules/index.ts';
import { validateCard } from '../fakes/card-v1/validate.ts';
import { composeEvent, fakeServices, fakeWorld } from '../fakes/apps-script.ts';
import { recorded, shownCard, type Json } from '../fakes/card-service.ts';

type Node = { [key: string]: Json };
const widgetsOf = (card: Node) => (card.sections as Node[]).flatMap((s) => s.widgets as Node[]);
const texts = (card: Node) => widgetsOf(card).map((w) => String(w.text ?? ''));
const buttons = (card: Node) => widgetsOf(card).flatMap((w) => (w.buttons as Node[] | undefined) ?? []);

function finding(ruleId: string, i: number, severity: Finding['severity']): Finding {
  return {
    ruleId,
    severity,
    messageId: 'm',
    message: `Finding ${i} of ${ruleId}.`,
    evidence: [`evidence ${i}`],
    policy: { section: 'E-mail', quote: 'Staff must …' },
  };
}

describe('the compose card within 100 widgets', () => {
  it('40 findings: as many as fit, the summary counts all 40, and "…and N more" with a button per rule left off', () => {
    const findings = [
      ...Array.from({ length: 10 }, (_, i) => finding('no-personal-data-to-external', i, 'error')),
      ...Array.from({ length: 20 }, (_, i) => finding('no-unprofessional-wording', i, 'warning')),
      ...Array.from({ length: 10 }, (_, i) => finding('no-contract-wording', i, 'info')),
    ];
    const report: LintReport = { findings, notChecked: [{ ruleId: 'max-attachment-size', reason: 'no attachments read' }], audited: [] };
    const services = fakeServices(fakeWorld());
    const check = {
      report,
      draft: {},
      checkedWhat: 'the message',
      dismissedCount: 0,
      quietedCount: 0,
      draftId: 'r-1',
      keyOf: (f: Finding) => `${f.ruleId}:k`,
    };
    const card = findingsCard(services.card, check, rulesMeta(builtInRules));
    const verdict = validateCard(JSON.parse(card.printJson()));
    expect(verdict.problems).toEqual([]);
    expect(verdict.widgets).toBeLessThanOrEqual(100);
    const json = recorded(card) as Node;
    expect(texts(json)[0]).toBe('<b>10 things to fix before you send · 20 to check · 10 to consider</b>');
    const shown = texts(json).filter((t) => /Finding \d+ of/.test(t)).length;
    expect(shown).toBeGreaterThan(20);
    expect(texts(json)).toContain(`…and ${40 - shown} more findings, not shown here to keep the card within Gmail's limits.`);
    const more = buttons(json).filter((b) => (b.onClickAction as Node).functionName === 'onShowRuleFindings');
    expect(more.map((b) => ((b.onClickAction as Node).parameters as Node).ruleId)).toEqual([
      'no-unprofessional-wording',
      'no-contract-wording',
    ]);
    expect(more[1].text).toMatch(/^10 more: /);
    expect((json.sections as Node[]).at(-1)!.header).toBe('Not checked'); // still said, after the findings

    const one = recorded(findingsCard(services.card, check, rulesMeta(builtInRules), 'no-contract-wording')) as Node;
    expect(texts(one).filter((t) => /Finding \d+ of/.test(t))).toHaveLength(10);
    expect(texts(one).join('\n')).not.toMatch(/of no-unprofessional-wording/);
  });

  it('"Show all" for a rule checks the draft afresh and pushes a card of that rule alone', () => {
    const services = fakeServices(fakeWorld({ saved: [] }));
    const event = composeEvent({
      to: ['jane.smith84@gmail.com', 'dlee@hotmail.co.uk', ...Array.from({ length: 25 }, (_, i) => `p${i}@gmail.com`)],
    });
    const all = recorded(composeOpen(event, services)) as Node;
    expect(texts(all).join('\n')).toMatch(/parents' personal e-mail addresses are visible/);
    const pushed = shownCard(
      recorded(
        showRuleFindings(
          { ...event, commonEventObject: { ...event.commonEventObject, parameters: { ruleId: 'max-recipients' } } },
          services,
        ),
      ),
    );
    expect(pushed.name).toBe('rule-findings');
    expect(texts(pushed).join('\n')).not.toMatch(/parents' personal e-mail addresses/);
    expect(texts(pushed).join('\n')).toMatch(/recipients/);
    const refused = recorded(
      showRuleFindings({ ...event, commonEventObject: { ...event.commonEventObject, parameters: { ruleId: 'no-such-rule' } } }, services),
    );
    expect(refused).toMatchObject({ notification: { text: expect.stringMatching(/out of date/) } });
  });
});
