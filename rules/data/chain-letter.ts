// Chain-letter and hoax phrasing. Strong patterns flag on their own; weak ones ("pass it on", "this is not a
// hoax") only when two different ones appear together, since each also turns up in ordinary school mail.
export const chainLetterStrong: readonly string[] = [
  'forward (?:this|it)(?: (?:e-?mail|message|letter))? to (?:at least )?{n} (?:people|friends|contacts|others|persons|people you know)',
  'send (?:this|it)(?: (?:e-?mail|message|letter))? to (?:at least )?{n} (?:people|friends|contacts|others|persons)',
  '(?:send|forward|pass) (?:this|it)(?: (?:e-?mail|message|on))? to (?:everyone|everybody|all the people|all your (?:friends|contacts)) (?:you know|in your (?:address book|contacts?(?: list)?))',
  'forward (?:this|it) to (?:all|everyone in) your (?:contacts|address book|friends)',
  "(?:do not|don't|never) break (?:this|the) chain",
  '(?:break|breaks|broke|broken|breaking) the chain',
  '(?:bad|good) luck (?:will|shall) (?:come|befall|follow|find)',
  "if you (?:do not|don't) (?:forward|send|pass on) (?:this|it)",
  'for every (?:person|e-?mail|forward|share) (?:you (?:send|forward) (?:this|it) to|this is (?:sent|forwarded) to)',
  '(?:microsoft|aol|bill gates|facebook|google) (?:will|is going to) (?:pay|donate|give)',
  'this (?:is|was) (?:not|no) (?:a )?(?:joke|hoax)',
];

export const chainLetterWeak: readonly string[] = [
  // Asking for it to be passed on counts once in whatever words: "Could you pass this on? Please forward
  // it to the bursar" is ordinary mail, and two phrasings of one request are not two signs of a chain.
  '(?:pass (?:this|it) on|please forward (?:this|it)(?: on)?|spread the word)',
  'hoax',
  'virus warning',
  'within {n} (?:hours|minutes|days)',
  'as many people as (?:you can|possible)',
  'it really works',
];
