// Phrases that can commit the school to a contract by e-mail: accepting a quote, confirming an order or a
// booking, agreeing to terms. Each is a pattern for the phrase matcher (rules/text/phrases.ts).
export const contractPhrases: readonly string[] = [
  '(?:we|i)(?: are| am)?(?: happy| pleased| glad)?(?: to)?(?: hereby)? accept (?:your|the|this) (?:quote|quotation|offer|proposal|estimate|tender|terms)',
  'please (?:proceed|go ahead) with (?:the|our|this|my) (?:order|booking|purchase|installation|work|contract)',
  '(?:we|i) (?:hereby )?(?:agree|consent) to (?:the|your|these) (?:terms|conditions|t&cs|contract|price)',
  '(?:please )?(?:consider|take|treat) this (?:e-?mail )?as (?:our |my )?(?:confirmation|acceptance|agreement)',
  '(?:consider|take) this (?:e-?mail )?(?:to be )?(?:confirmation|acceptance) of (?:our|the|my) (?:booking|order|agreement)',
  '(?:we|i) (?:would like to |wish to |want to )?(?:confirm|are confirming) (?:our|the|my) (?:order|booking|reservation|purchase)',
  "(?:we|i) (?:will|shall|'ll) take (?:it|them|the \\w+) at (?:that|this|the quoted|your) price",
  'please (?:book|reserve) (?:us|it|this|the \\w+) (?:in|for)',
  '(?:we|i) (?:will|shall) sign the (?:contract|agreement)',
  'you have (?:our|my) (?:go-ahead|approval) to (?:order|proceed|start)',
];
