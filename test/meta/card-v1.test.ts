// The Card v1 validator every card goes through: it passes a well-formed add-on card and names each kind of
// card Google would reject, truncate or mis-render — unknown fields, enum names, oneofs, required fields,
// JSON types, Chat-only fields, the 100-widget card, empty sections, 100 items, functions the bundle lacks,
// and HTML outside Gmail's subset.
import { describe, expect, it } from 'vitest';
import { validateCard } from '../fakes/card-v1/validate.ts';
import { FakeCardService } from '../fakes/card-service.ts';

type Node = Record<string, unknown>;
const paragraph = (text: string) => ({ textParagraph: { text } });
const button = (fn: string) => ({ text: 'Go', onClick: { action: { function: fn, parameters: [{ key: 'k', value: 'v' }] } } });
const good = (): Node => ({
  name: 'findings',
  header: { title: 'draftlint', subtitle: 'Staff ICT Code of Conduct check' },
  sections: [
    {
      header: '⛔ Parents in Bcc',
      collapsible: true,
      uncollapsibleWidgetsCount: 2,
      widgets: [
        paragraph('<font color="#c5221f"><b>Fix before sending.</b></font> 3 parents&#39; addresses are visible.'),
        { decoratedText: { topLabel: 'Found', text: 'a@gmail.com<br>b@gmail.com', wrapText: true } },
        { buttonList: { buttons: [button('onApplyFix')] } },
        { selectionInput: { name: 'x', label: 'X', type: 'DROPDOWN', items: [{ text: 'a', value: 'a', selected: true }] } },
        { textInput: { name: 'y', label: 'Y', type: 'MULTIPLE_LINE', hintText: 'one per line' } },
      ],
    },
  ],
  fixedFooter: { primaryButton: { ...button('onCheckAgain'), color: { red: 0.1, green: 0.45, blue: 0.91 } } },
});

const problemsOf = (card: Node) => validateCard(card).problems;
const withWidget = (widget: Node) => {
  const card = good();
  ((card.sections as Node[])[0].widgets as Node[]).push(widget);
  return card;
};

describe('Card v1 validator', () => {
  it('passes a well-formed add-on card', () => {
    expect(problemsOf(good())).toEqual([]);
  });

  it('names unknown fields (the fakes’ own names are not Card v1), wrong enum names and JSON types', () => {
    const card = good();
    (card.sections as Node[])[0].numUncollapsibleWidgets = 2;
    expect(problemsOf(card)).toContain('card.sections[0].numUncollapsibleWidgets: unknown field of .google.apps.card.v1.Card.Section');
    expect(problemsOf(withWidget({ selectionInput: { name: 'z', type: 'COMBO', items: [] } }))).toEqual([
      expect.stringMatching(/selectionInput\.type: "COMBO" is not a value of SelectionType/),
    ]);
    expect(problemsOf(withWidget({ decoratedText: { text: 'x', wrapText: 'yes' } }))).toEqual([
      expect.stringMatching(/wrapText: bool expected/),
    ]);
  });

  it('names a widget with two kinds at once (oneof), a missing required field, and Chat-only fields', () => {
    expect(problemsOf(withWidget({ textParagraph: { text: 'a' }, divider: {} }))).toEqual([
      expect.stringMatching(/oneof data has textParagraph, divider/),
    ]);
    expect(problemsOf(withWidget({ decoratedText: { topLabel: 'no text' } }))).toEqual([expect.stringMatching(/text is required/)]);
    expect(problemsOf(withWidget({ textParagraph: { text: 'a', textSyntax: 'MARKDOWN' } }))).toEqual([
      expect.stringMatching(/textSyntax: available for Google Chat apps only/),
    ]);
    expect(problemsOf(withWidget({ carousel: {} }))).toEqual([expect.stringMatching(/carousel: available for Google Chat apps only/)]);
  });

  it('counts widgets per card, nested ones too, and refuses the 101st', () => {
    const many = good();
    (many.sections as Node[]).push({ widgets: Array.from({ length: 96 }, (_, i) => paragraph(`line ${i}`)) });
    expect(validateCard(many).widgets).toBe(101);
    expect(problemsOf(many)).toEqual(['card: 101 widgets; Google ignores every widget past 100 per card']);
    const nested = withWidget({ columns: { columnItems: [{ widgets: Array.from({ length: 96 }, () => paragraph('x')) }] } });
    expect(validateCard(nested).widgets).toBe(102);
  });

  it('refuses an empty section, over 100 items, a footer button without colour, and a function dist/Code.js does not define', () => {
    const empty = good();
    (empty.sections as Node[]).push({ header: 'Nothing', widgets: [] });
    expect(problemsOf(empty)).toEqual(['card.sections[1]: a section must contain at least one widget (card.proto)']);
    const items = Array.from({ length: 101 }, (_, i) => ({ text: `${i}`, value: `${i}` }));
    expect(problemsOf(withWidget({ selectionInput: { name: 's', items } }))).toEqual([
      expect.stringMatching(/101 items; a selection supports up to 100/),
    ]);
    const footer = good();
    footer.fixedFooter = { primaryButton: button('onCheckAgain') };
    expect(problemsOf(footer)).toEqual(['card.fixedFooter.primaryButton: a footer button must be a text button with text and color set']);
    expect(problemsOf(withWidget({ buttonList: { buttons: [button('onNoSuchFunction')] } }))).toEqual([
      expect.stringMatching(/function: onNoSuchFunction is not a top-level function of dist\/Code\.js/),
    ]);
  });

  it("refuses HTML outside Gmail's subset and bare markup characters in formatted text", () => {
    expect(problemsOf(withWidget(paragraph('<font face="monospace">x</font>')))).toEqual([
      expect.stringMatching(/<font face> is not an allowed attribute/),
    ]);
    expect(problemsOf(withWidget(paragraph('<div>x</div>')))).toEqual([
      expect.stringMatching(/<div> is not in Gmail's card HTML subset/),
      expect.stringMatching(/<div> is not in Gmail's card HTML subset/),
    ]);
    expect(problemsOf(withWidget(paragraph('a < b & c')))).toEqual([expect.stringMatching(/bare "<"/), expect.stringMatching(/bare &/)]);
  });

  it('is the hook of every build(): the fake refuses to build a card Google would not show whole', () => {
    const cs = new FakeCardService().asReal();
    const section = cs.newCardSection();
    for (let i = 0; i < 100; i++) section.addWidget(cs.newTextParagraph().setText(`${i}`));
    const card = cs.newCardBuilder().setHeader(cs.newCardHeader().setTitle('t')).addSection(section);
    expect(() => card.build()).not.toThrow();
    card.addSection(cs.newCardSection().addWidget(cs.newTextParagraph().setText('101st')));
    expect(() => card.build()).toThrow(/101 widgets; Google ignores every widget past 100 per card/);
  });
});
