// Reading what a trigger returned, as the tests assert it: every node of a kind (cards, buttons, actions,
// notifications) anywhere in the recorded JSON, the notification's text, and a card's paragraphs.
import type { Json } from '../fakes/card-service.ts';

export type Node = { [key: string]: Json };

export function all(value: Json, type: string): Node[] {
  const out: Node[] = [];
  const walk = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (v.type === type) out.push(v);
      Object.values(v).forEach(walk);
    }
  };
  walk(value);
  return out;
}
export const notification = (response: Json) => all(response, 'Notification').map((n) => String(n.text))[0];
export const texts = (card: Json) => all(card, 'TextParagraph').map((p) => String(p.text));
