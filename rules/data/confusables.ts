// Characters that look like Latin letters or digits in a domain name, mapped to what they imitate.
// A subset of Unicode's confusables (UTS #39) for the scripts seen in look-alike domains: Cyrillic,
// Greek, Latin extensions, and the digit/letter swaps that fool the eye in an address bar.
export const confusables: Readonly<Record<string, string>> = {
  // Cyrillic
  'а': 'a', 'в': 'b', 'с': 'c', 'ԁ': 'd', 'е': 'e', 'ё': 'e', 'һ': 'h', 'і': 'i', 'ї': 'i', 'ј': 'j', 'к': 'k',
  'ӏ': 'l', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'ԛ': 'q', 'г': 'r', 'ѕ': 's', 'т': 't', 'ц': 'u', 'ѵ': 'v',
  'ԝ': 'w', 'х': 'x', 'у': 'y', 'ү': 'y', 'з': '3', 'ь': 'b',
  // Greek
  'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u',
  'χ': 'x', 'γ': 'y', 'ω': 'w',
  // Latin extensions and accents that vanish at a glance
  'ı': 'i', 'ɩ': 'i', 'í': 'i', 'ì': 'i', 'ï': 'i', 'î': 'i', 'ɑ': 'a', 'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a',
  'å': 'a', 'ã': 'a', 'ç': 'c', 'ɡ': 'g', 'ġ': 'g', 'ĺ': 'l', 'ł': 'l', 'ń': 'n', 'ñ': 'n', 'ò': 'o', 'ó': 'o',
  'ô': 'o', 'ö': 'o', 'õ': 'o', 'ø': 'o', 'ś': 's', 'ş': 's', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y',
  'ÿ': 'y', 'ż': 'z', 'ž': 'z', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'ė': 'e', 'ę': 'e',
  // Digits for letters
  '0': 'o', '1': 'l',
};

/** Letter pairs that read as one letter in most fonts ("rn" for "m"). Applied after the map above. */
export const confusablePairs: readonly [string, string][] = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
];
