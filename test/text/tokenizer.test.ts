// The tokenizer's keys: the fast path that lets the word matcher skip a word without building its string.
// A key must be exactly the key of the word toWord builds (or -1, "build it and see"), for every word,
// leetspeak and identifiers included; and ordinary identifiers must not need their strings built.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_LETTER_FORM, keyOfForm, toWord, tokenize } from '../../rules/lib/tokenizer.ts';
import { WordMatcher } from '../../rules/lib/word-matcher.ts';

const PIECES = [
  'a',
  'B',
  'c',
  'u',
  'ss',
  '0',
  '1',
  '2',
  '6',
  '9',
  '3',
  '4',
  '5',
  '7',
  '8',
  '@',
  '$',
  '!',
  '|',
  '+',
  '*',
  "'",
  '’',
  'é',
  '€',
  '£',
  ' ',
  '.',
  '-',
];

describe('tokenize', () => {
  it('gives each word the key of the word toWord makes of it, or -1', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const tokens = tokenize(text);
        for (let i = 0; i < tokens.length; i++) {
          const key = tokens.key(i);
          const word = toWord(tokens.at(i).raw);
          if (key >= 0) expect(key, JSON.stringify(tokens.at(i).raw)).toBe(keyOfForm(word));
          // A word keyed as having no letter form keeps a character no a–z form has.
          if (key === NO_LETTER_FORM) expect(word, JSON.stringify(tokens.at(i).raw)).toMatch(/[^a-z]/);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('keys identifiers and leetspeak, so a matcher builds strings only for words that may be listed', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `A${String(100000000000 + i)}B 0${i}/04/2012`).join(' ');
    const tokens = tokenize(text);
    let keyed = 0;
    for (let i = 0; i < tokens.length; i++) if (tokens.key(i) !== -1) keyed++;
    expect(keyed).toBe(tokens.length);
    // Counted work: how many tokens the matcher turns into strings (Tokens.at) on 4,000 identifier words.
    let built = 0;
    const at = tokens.at.bind(tokens);
    tokens.at = (i: number) => (built++, at(i));
    new WordMatcher<string>().add(['bitch', 'ass'], 'x').find(text, tokens);
    expect(built).toBeLessThan(tokens.length / 100);
    expect(toWord('b1tch')).toBe('bitch');
    expect(tokenize('b1tch').key(0)).toBe(keyOfForm('bitch'));
  });
});
