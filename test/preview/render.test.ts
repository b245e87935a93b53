// The preview's card renderer, widget by widget: what Gmail supports is drawn, everything is escaped, card
// text keeps only Gmail's HTML subset, and anything else is a visible "unsupported" box.
import { describe, expect, it } from 'vitest';
import { renderCard, type Json } from '../../preview/render/card.ts';
import { cardTextToHtml } from '../../preview/render/html-subset.ts';
import { recorded } from '../fakes/card-service.ts';
import { fakeServices, fakeWorld, composeEvent } from '../fakes/apps-script.ts';
import { composeOpen } from '../../addon/triggers/compose.ts';

const card = (...widgets: Json[]): Json => ({ type: 'Card', sections: [{ type: 'CardSection', widgets }] });

describe('card text (Gmail HTML subset)', () => {
  it('keeps b, i, u, s, br, font color and safe links; shows every other tag as text', () => {
    expect(cardTextToHtml('<b>bold</b> <i>it</i><br><font color="#c5221f">red</font>')).toBe(
      '<b>bold</b> <i>it</i><br><span style="color:#c5221f">red</span>',
    );
    expect(cardTextToHtml('<a href="https://x.example/a?b=1&c=2">link</a>')).toBe(
      '<a href="https://x.example/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">link</a>',
    );
    expect(cardTextToHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(cardTextToHtml('<img src=x onerror=alert(1)><script>alert(2)</script>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;',
    );
    expect(cardTextToHtml('<font color="red;background:url(x)">x</font>')).toBe('<span>x</span>');
  });

  it('keeps the entities a card already wrote, and escapes a bare ampersand or quote', () => {
    expect(cardTextToHtml('Tom &amp; Jerry &lt;b&gt; & "q"')).toBe('Tom &amp; Jerry &lt;b&gt; &amp; &quot;q&quot;');
  });
});

describe('widgets', () => {
  it('header, sections, paragraph, decorated text, buttons with their actions, footer and notification', () => {
    const html = renderCard(
      {
        type: 'Card',
        name: 'findings',
        header: { type: 'CardHeader', title: 'draftlint', subtitle: 'Check <now>' },
        sections: [
          {
            type: 'CardSection',
            header: 'A <b>section</b>',
            widgets: [
              { type: 'TextParagraph', text: 'Hello' },
              { type: 'DecoratedText', topLabel: 'Found', text: 'a@b.example', bottomLabel: 'below', wrapText: true },
              {
                type: 'ButtonSet',
                buttons: [
                  {
                    type: 'TextButton',
                    text: 'Fix "it"',
                    style: 'FILLED',
                    onClickAction: { type: 'Action', functionName: 'onApplyFix', parameters: { fix: '{"a":1}' } },
                  },
                ],
              },
            ],
          },
        ],
        fixedFooter: {
          type: 'FixedFooter',
          primaryButton: { type: 'TextButton', text: 'Check again', onClickAction: { type: 'Action', functionName: 'onCheckAgain' } },
        },
      },
      'Done <b>',
    );
    expect(html).toContain('<div class="card-subtitle">Check &lt;now&gt;</div>');
    expect(html).toContain('<div class="section-header">A <b>section</b></div>');
    expect(html).toContain(
      '<div class="top-label">Found</div><div class="decorated-body">a@b.example</div><div class="bottom-label">below</div>',
    );
    expect(html).toContain(
      '<button type="button" class="card-button filled" data-function="onApplyFix" data-parameters="{&quot;fix&quot;:&quot;{\\&quot;a\\&quot;:1}&quot;}">Fix &quot;it&quot;</button>',
    );
    expect(html).toContain('data-function="onCheckAgain"');
    expect(html).toContain('<div class="notification" role="status">Done &lt;b&gt;</div>');
  });

  it('a collapsible section shows its first widgets and folds the rest', () => {
    const html = renderCard({
      type: 'Card',
      sections: [
        {
          type: 'CardSection',
          collapsible: true,
          numUncollapsibleWidgets: 1,
          widgets: [
            { type: 'TextParagraph', text: 'shown' },
            { type: 'TextParagraph', text: 'folded' },
          ],
        },
      ],
    });
    expect(html).toMatch(/shown<\/div><details id="section-0"><summary>Show more<\/summary><div class="text-paragraph">folded/);
  });

  it('inputs: text boxes, drop-downs and ticks, named by their field for the form they send', () => {
    const html = renderCard(
      card(
        { type: 'TextInput', fieldName: 'rules.x.n', title: 'N', hint: 'a number', value: '"5"' },
        { type: 'TextInput', fieldName: 'import.json', title: 'JSON', multiline: true, value: '</textarea><b>' },
        {
          type: 'SelectionInput',
          fieldName: 'sev',
          title: 'Severity',
          selectionType: 'DROPDOWN',
          items: [
            { text: 'off', value: 'off', selected: false },
            { text: 'error', value: 'error', selected: true },
          ],
        },
        {
          type: 'SelectionInput',
          fieldName: 'det',
          title: 'Detectors',
          selectionType: 'CHECK_BOX',
          items: [{ text: 'upn', value: 'upn', selected: true }],
        },
      ),
    );
    expect(html).toContain('<input id="field-rules.x.n" data-field="rules.x.n" value="&quot;5&quot;">');
    expect(html).toContain('<textarea id="field-import.json" data-field="import.json" rows="4">&lt;/textarea&gt;&lt;b&gt;</textarea>');
    expect(html).toContain('<option value="error" selected>error</option>');
    expect(html).toContain('<input type="checkbox" data-field="det" value="upn" checked> upn');
  });

  it('an image only from a data: URL; anything unknown is a visible box, never dropped', () => {
    expect(renderCard(card({ type: 'Image', imageUrl: 'data:image/png;base64,iVBORw0KGgo=', altText: 'chart' }))).toContain(
      '<img class="card-image" src="data:image/png;base64,iVBORw0KGgo=" alt="chart">',
    );
    for (const odd of <Json[]>[
      { type: 'Image', imageUrl: 'https://tracker.example/p.png' },
      { type: 'Grid', items: [] },
      { type: 'SelectionInput', fieldName: 'x', selectionType: 'SWITCH', items: [] },
      { type: 'DateTimePicker' },
    ]) {
      expect(renderCard(card(odd)), JSON.stringify(odd)).toContain('<b>Unsupported widget:');
    }
    expect(renderCard({ type: 'Nope' })).toContain('Unsupported widget: not a card');
  });

  it('draws the add-on real compose card with no unsupported box', () => {
    const services = fakeServices(fakeWorld({ saved: [] }));
    const html = renderCard(recorded(composeOpen(composeEvent({ to: ['a@gmail.com', 'b@hotmail.co.uk'] }), services)));
    expect(html).toContain('parents&#39; personal e-mail addresses are visible');
    expect(html).not.toContain('unsupported');
  });
});
