// Word lists for reading a greeting ("Dear Mrs Khan,", "Hi Sam") and for matching the name in it with a
// recipient's: the openers, the titles, the words that greet a group or a role rather than a person, and
// the common English short forms of first names. Data, not code: schools can read and extend them here.

/** What a greeting starts with, longest first so "good morning" is tried before "good". Lower case. */
export const GREETING_OPENERS: readonly string[] = [
  'good afternoon',
  'good evening',
  'good morning',
  'afternoon',
  'morning',
  'evening',
  'hello',
  'dear',
  'hiya',
  'hey',
  'hi',
];

/** Titles before a name; they say the name after them is a surname. Lower case, without a full stop. */
export const TITLES: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'rev',
  'revd',
  'sir',
  'dame',
  'lady',
  'lord',
];

/**
 * Words that greet a group, a role or nobody in particular: a greeting holding one of them is not a
 * person's name ("Dear Parents", "Hi all", "Dear Year 7 parents", "Dear Sir or Madam", "Hello again").
 */
export const GROUP_WORDS: readonly string[] = (
  'again all both everybody everyone folks friends gang guys people there you yall guy mate buddy dude ' +
  'pal sir sirs madam madame gentlemen ladies colleague colleagues team teams staff parent parents ' +
  'carer carers guardian guardians family families mum mums dad dads year years class form group groups ' +
  'set house department faculty members member governor governors trustee trustees committee board ' +
  'panel chair head headteacher headmaster headmistress principal teacher teachers tutor tutors pupils ' +
  'students student children boys girls admissions office reception finance accounts support customer ' +
  'customers client clients applicant applicants candidate candidates manager managers officer ' +
  'coordinator senco world list sender recipient webmaster info admin enquiries enquiry contact mail ' +
  'mailbox noreply hello legal investor investors shareholder shareholders subscriber subscribers ' +
  'reader readers user users valued partner partners supporter supporters volunteer volunteers ' +
  'neighbour neighbours resident residents'
).split(' ');

/**
 * First names and their common short forms, each line one family of names that greet the same person
 * ("Dear Liz" to Elizabeth Smith). A prefix match already covers Sam → Samantha and Chris → Christopher;
 * these are the forms a prefix misses.
 */
export const NAME_FAMILIES: readonly string[] = [
  'robert rob bob bobby robbie bert',
  'william will bill billy liam',
  'elizabeth liz lizzie beth betty eliza libby bess',
  'katherine catherine kathryn kate katie kath cath cathy kay kitty',
  'margaret maggie meg peggy marge',
  'richard rich rick ricky dick',
  'edward ed eddie ted teddy ned',
  'james jim jimmy jamie',
  'john jack johnny jon',
  'jonathan jon jonny',
  'michael mike mick mickey',
  'anthony tony ant',
  'thomas tom tommy',
  'charles charlie chas chuck',
  'henry harry hal',
  'susan sue susie suzanne',
  'rebecca becky becca bex',
  'jennifer jenny jen jenna',
  'deborah debbie deb debra',
  'patricia pat patty trish tricia',
  'victoria vicky vicki tori',
  'alexandra alex lexi sandra sandy',
  'alexander alex sandy xander',
  'frederick fred freddie',
  'francis frank frankie fran',
  'frances fran frankie',
  'lawrence laurence larry laurie',
  'nicholas nick nicky',
  'nicola nicky nikki',
  'stephen steven steve stevie',
  'peter pete',
  'andrew andy drew',
  'daniel dan danny',
  'david dave davey',
  'benjamin ben benji',
  'matthew matt matty',
  'christopher chris kit',
  'christine chris chrissie tina',
  'joseph joe joey',
  'josephine jo josie',
  'joanne jo joanna',
  'samuel sam sammy',
  'samantha sam sammy',
  'timothy tim timmy',
  'gregory greg',
  'jacqueline jackie jacqui',
  'penelope penny',
  'eleanor ellie nell nora',
  'helen nell',
  'abigail abbie abby gail',
  'gwendolyn gwen',
  'kenneth ken kenny',
  'raymond ray',
  'ronald ron ronnie',
  'donald don donnie',
  'leonard leo len lenny',
  'dorothy dot dottie',
  'mohammed muhammad mohammad mohamed mo',
];

/**
 * Words that make an all-lower-case opening a sentence rather than a greeting to a name ("hey i have a
 * problem", "hi just checking"): a capitalised greeting ends its names at the first lower-case word anyway.
 */
export const SENTENCE_WORDS: readonly string[] = (
  'i a an the have has had is am are was were we my our just to for of in on it this that can could ' +
  'would will please thanks thank sorry quick hope how what so ok okay yes no not do did here with ' +
  'about me us'
).split(' ');
