// Word lists for no-unprofessional-wording, tuned for UK school e-mail. Content warning: this file lists
// slurs and obscenities, because a checker cannot recognise what it does not list.
//
// Notation: "root(a|b|)" expands to roota, rootb and root, so "fuck(|s|ed|ing)" is four words. Words
// match whole tokens only, never inside another word: "Scunthorpe", "assessment", "cocktail",
// "Penistone", "shiitake" and "arsenal" are safe by construction. Schools add and remove words in config.

/** Strong profanity and obscenity. */
export const profanity: readonly string[] = [
  'fuck(|s|ed|er|ers|ing|in|face|wit|wits|head|heads|off)', 'motherfuck(er|ers|ing)', 'f(ck|k|kn|kin|kng|cking|ckin)',
  'shit(|s|e|ty|ting|head|heads|hole|bag|e)', 'bullshit(|ting)', 'horseshit', 'cunt(|s)', 'twat(|s)', 'wank(|er|ers|ing|ed|stain)',
  'bollock(s|ing)', 'cock(sucker|suckers|head)', 'dickhead(|s)', 'prick(|s)', 'pussy', 'pussies', 'arse(hole|holes|wipe)',
  'ass(hole|holes|hat|wipe|clown)', 'jackass', 'dumbass', 'bastard(|s)', 'bitch(|es|y|ing)', 'tosser(|s)', 'bellend(|s)',
  'knob(head|heads|end)', 'minge', 'slag(|s)', 'slut(|s|ty)', 'whore(|s)', 'hoes', 'jizz', 'dildo(|s)', 'blowjob(|s)',
];

/** Milder swearing: unprofessional in school e-mail, but not obscene. */
export const mildProfanity: readonly string[] = ['crap(|py|s)', 'piss(|ed|ing)', 'bugger(|ed)', 'damn(|ed|it)', 'goddamn', 'arsed', 'frigging', 'friggin'];

/** Mild swearing that is also an everyday or literal word with a capital ("Ass" in a title): lower or upper case only. */
export const mildUnlessName: readonly string[] = ['ass(|es)', 'arse(|s)'];

/** Mild swearing of more than one word (patterns for the phrase matcher). "bloody" alone is also literal. */
export const mildPhrases: readonly string[] = ['cock[- ]?ups?', 'bloody hell', 'bloody (?:ridiculous|useless|stupid|idiot|nuisance|joke)', 'pain in the (?:ass|arse|backside|neck)', 'kick(?:s|ed)? ass', 'pissed off'];

/**
 * Words that are also names ("Dick Whittington", "Dick Smith", "Willy Wonka"): flagged only in lower or
 * upper case, never written as a name with a capital.
 */
export const profanityUnlessName: readonly string[] = ['dick(|s)', 'cock(|s)', 'willy', 'knob(|s)', 'fanny'];

/** Slurs that are also place or plant names when capitalised (Offa's Dyke, Whitey Bulger): flagged in lower or upper case only. */
export const slursUnlessName: readonly string[] = ['dyke(|s)', 'whitey'];

/** Discriminatory terms on the grounds the policy names: race, religion, sexual orientation, disability, sex, age. */
export const slurs: readonly string[] = [
  'nigger(|s)', 'nigga(|s|z)', 'nigg(ah|ahs|uh|uhs|az|let|lets)', 'niglet(|s)', 'nigs', 'coon(|s)', 'golliwog(|s)', 'paki(|s)', 'wog(|s)', 'chink(|s)', 'gook(|s)',
  'spic(|s)', 'kike(|s)', 'yid(|s)', 'gyppo(|s)', 'gypo(|s)', 'pikey(|s)', 'raghead(|s)', 'towelhead(|s)', 'sandn(igger|iggers)',
  'wetback(|s)', 'jap(|s)', 'kraut(|s)', 'darkie(|s)',
  'faggot(|s)', 'poof(|s|ter|ters)', 'tranny', 'trannies', 'shemale(|s)', 'lesbo(|s)',
  'retard(|s|ed)', 'spastic(|s)', 'spaz', 'spazz', 'mongoloid(|s)', 'midget(|s)',
  'feminazi(|s)',
];

/** Slurs of more than one word. */
export const slurPhrases: readonly string[] = ['batty boy', 'window licker', 'white trash', 'sand monkey', 'porch monkey'];

/** Insults that are about a person whenever they are used. */
export const insultNouns: readonly string[] = [
  'idiot(|s|ic)', 'moron(|s|ic)', 'imbecile(|s)', 'cretin(|s)', 'numpty', 'numpties', 'plonker(|s)', 'dimwit(|s)', 'halfwit(|s)',
  'nitwit(|s)', 'scumbag(|s)', 'lowlife', 'dipshit', 'douche(|bag|bags)', 'thicko', 'simpleton(|s)', 'buffoon(|s)', 'stfu', 'kys',
  'dumbo', 'pillock(|s)', 'psycho(|s)', 'nutter(|s)', 'loony', 'loonies',
];

/**
 * Adjectives that insult only when aimed at a person: after "you", "he is" … or before "boy", "parents",
 * "teacher" … ("stupid boy", "you are useless"; not "a stupid printer", "his mental health").
 */
export const insultAdjectives: readonly string[] = [
  'stupid', 'useless', 'pathetic', 'lazy', 'clueless', 'incompetent', 'thick', 'hopeless', 'worthless', 'ignorant',
  'disgusting', 'vile', 'brainless', 'gormless', 'spineless', 'feckless', 'dense', 'fat', 'deranged', 'evil', 'ugly', 'dumb',
  'ridiculous', 'nasty',
];

/** Nouns that insult only when aimed at a person: "you muppet", "what a joke", "he is a liar"; not "the Muppets", "knee-jerk". */
export const insultTargetedNouns: readonly string[] = [
  'git(|s)', 'muppet(|s)', 'twit(|s)', 'dunce(|s)', 'loser(|s)', 'jerk(|s)', 'scum', 'clown(|s)', 'brat(|s)', 'pig(|s)', 'trash',
  'nazi(|s)', 'hypocrite(|s)', 'liar(|s)', 'fool(|s)', 'freak(|s)', 'troll(|s)', 'weirdo(|s)', 'disgrace', 'embarrassment',
  'racist(|s)', 'bigot(|s)', 'hoe', 'queer(|s)', 'homo(|s)', 'fag(|s)', 'fatty', 'fatso', 'pedo(|s)', 'paedo(|s)',
];

/**
 * Words that may stand between a person and an insult aimed at them: "you are SO useless", "he's a
 * complete muppet", "they were being ridiculous". Anything else in between ("they heal, will leave ugly
 * scars") means the insult is not about that person.
 */
export const linkingWords: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'so', 'really', 'very', 'such', 'a', 'an', 'complete', 'total', 'utter',
  'absolute', 'completely', 'totally', 'utterly', 'absolutely', 'just', 'too', 'quite', 'truly', 'proper', 'right', 'real', 'bloody',
  'getting', 'get', 'got', 'look', 'looks', 'seem', 'seems', 'sound', 'sounds', 'acting', 'behaving', 'little', 'big', 'lazy', 'stupid',
  'and', 'clueless', 'useless',
];

/** What to write instead (Vale's substitution idea), shown with the finding. */
export const insultSuggestions: Readonly<Record<string, string>> = {
  clueless: 'Describe the gap instead: "is not yet familiar with the new homework system".',
  lazy: 'Describe what was not done: "has not handed in homework for three weeks".',
  useless: 'Say what did not work and what you need instead.',
  stupid: 'Describe the specific mistake, not the person.',
  pathetic: 'Say what fell short, and by how much.',
  incompetent: 'Say which task was not done to the standard, and what the standard is.',
  hopeless: 'Say what has been tried and what will happen next.',
  'you people': 'Name the group you mean: "parents of pupils in 7B".',
};

/** Words that make an insult "aimed at a person" when they come just before it. */
/** ("they" and "them" are left out: "they are completely useless" is as often about software as about people.) */
export const personSubjects: readonly string[] = ['you', 'youre', "you're", 'ur', 'u', 'he', "he's", 'hes', 'she', "she's", 'shes', 'him', 'ya', 'yer'];

/** Person nouns: an insult just before one ("lazy boy", "useless parents") is aimed at a person. */
export const personNouns: readonly string[] = [
  'boy(|s)', 'girl(|s)', 'son(|s)', 'daughter(|s)', 'child', 'children', 'kid(|s)', 'pupil(|s)', 'student(|s)', 'parent(|s)', 'mum(|s)', 'mother(|s)',
  'dad(|s)', 'father(|s)', 'family', 'families', 'teacher(|s)', 'staff', 'colleague(|s)', 'woman', 'women', 'man', 'men',
  'people', 'person', 'lot', 'bunch', 'lad(|s)', 'lass', 'head', 'governor(|s)', 'individual(|s)', 'creature(|s)',
];

/** Contempt and threats written as phrases (patterns for the phrase matcher). */
export const insultPhrases: readonly string[] = [
  'you people', 'shut up', 'shut your (?:mouth|face|trap)', 'get a life', 'go (?:to hell|die)', 'drop dead', 'burn in hell',
  'what (?:a|an) (?:idiot|muppet|joke|loser|clown|moron|disgrace)',
  '(?:i will|i\'ll|gonna|going to|i\'m going to) (?:kill|hurt|punch|smack|slap|batter) you', 'kill yourself',
  '(?:i|we|everyone|everybody) hates? (?:you|u)', 'death to', '(?:you\'re|youre|you are|ur|u r|so|that\'s|thats|that is|how|why are you so) gay',
  'what is wrong with you', 'what\'s wrong with you', 'what the hell', 'what the heck', 'for (?:god|christ|pete|f\w*)\'?s sake',
  'piss off', 'sod off', 'bugger off', 'you suck', '(?:this|that|it|he|she|they) sucks?', 'screw you', 'how dare you',
  'waste of (?:space|oxygen|skin)', 'full of (?:shit|crap)', 'son of a bitch', 'up yours', 'get stuffed', 'don\'t be (?:stupid|thick|dense)',
];

/** Text-speak. Checked case-sensitively in lower case: "LOL" in a subject line is still text-speak, "Ur" is not. */
export const textSpeak: readonly string[] = [
  'lol', 'lmao', 'lmfao', 'rofl', 'omg', 'omfg', 'wtf', 'ffs', 'pls', 'plz', 'thx', 'thnx', 'thanx', 'ur', 'gr8', 'l8r', 'cya',
  'idk', 'tbh', 'smh', 'jk', 'xoxo', 'bff', 'brb', 'ttyl', 'innit', 'coz', 'cuz', 'soz', 'tho', 'wanna', 'gonna', 'dunno',
];

/** Emoji that read as anger, contempt or obscenity in a message to a parent. */
export const hostileEmoji: readonly string[] = ['😡', '🤬', '😠', '🖕', '💩', '🙄', '😤', '🤮', '🤡'];

/**
 * Words that make a run of capitals a sentence someone is shouting rather than a name or a heading
 * ("DO NOT PARK HERE", not "THE WALL STREET JOURNAL").
 */
export const shoutingMarkers: readonly string[] = [
  'YOU', "YOU'RE", 'YOUR', 'PLEASE', 'MUST', 'NOT', 'DO', "DON'T", 'DONT', 'NEED', 'WILL', "WON'T", "CAN'T", 'NOW', 'NEVER', 'ALWAYS',
  'STOP', 'NO', 'I', "I'M", 'WE', 'IS', 'ARE', 'WAS', 'HAVE', 'HAS', 'WHY', 'WHAT', 'SHOULD', 'AGAIN', 'ANYONE', 'EVERYONE',
];

/** Acronyms schools use every day: never "shouting". Schools add their own in config. */
export const schoolAcronyms: readonly string[] = [
  'GCSE', 'GCSES', 'SEN', 'SEND', 'SENCO', 'SENDCO', 'EHCP', 'EHC', 'PE', 'ICT', 'IT', 'DFE', 'DFES', 'UCAS', 'INSET', 'SATS', 'SAT',
  'KS1', 'KS2', 'KS3', 'KS4', 'KS5', 'EYFS', 'PSHE', 'RSE', 'RE', 'RS', 'DT', 'MFL', 'STEM', 'PTA', 'PTFA', 'SLT', 'SMT', 'DSL',
  'DDSL', 'LAC', 'CLA', 'PP', 'FSM', 'EAL', 'CPD', 'NQT', 'ECT', 'ITT', 'PGCE', 'QTS', 'HOY', 'HOD', 'TA', 'TAS', 'LSA', 'OFSTED',
  'ISI', 'DBS', 'GDPR', 'SIMS', 'MIS', 'CPOMS', 'CAMHS', 'NHS', 'GP', 'LA', 'MAT', 'CEO', 'CFO', 'HR', 'FAQ', 'PDF', 'URL',
  'BTEC', 'IB', 'AQA', 'OCR', 'WJEC', 'EDEXCEL', 'CCEA', 'NEA', 'UK', 'USA', 'EU', 'BBC', 'ITV', 'ASAP', 'RSVP', 'FYI', 'NB',
  'PS', 'AM', 'PM', 'OK', 'TBC', 'TBA', 'N/A', 'DOB', 'UPN', 'ULN', 'NI', 'VAT', 'PO', 'ID', 'PIN', 'IEP', 'PEP', 'CIN', 'CP',
  'MASH', 'YR', 'Y7', 'Y8', 'Y9', 'Y10', 'Y11', 'Y12', 'Y13', 'AS', 'A2', 'EPQ', 'DofE', 'DOFE', 'CCF', 'MFL', 'PPA', 'INSET',
];

/** Built-in names and places that contain listed words but are not insults. */
export const safeNames: readonly string[] = [
  "Dick Whittington", 'Dick Smith', 'Dick Turpin', 'Dick Van Dyke', 'Dick Francis', 'Moby Dick', "Hell's Kitchen",
  'Hells Kitchen', 'Willy Wonka', 'Free Willy', 'Fanny Burney', 'Fanny Cradock', 'Cockermouth', 'Cockfosters',
];
