// National Insurance number: two prefix letters, six digits, suffix A–D. No check digit exists, so a
// bare match is low confidence and only a keyword nearby makes it reportable. Prefix rules from HMRC
// (NIM39110): D, F, I, Q, U, V never used, O never second, and some pairs never or only administratively
// issued. HMRC's own example, QQ 12 34 56 A, fails these rules on purpose.
import { maskTail, patternDetector, score } from './types.ts';

const KEYWORDS = /\b(NI|N\.I\.|NINO|national insurance)\b/i;
const NOT_ISSUED = /^(BG|GB|KN|NK|NT|TN|ZZ|OO|CR|FY|MW|NC|PP|PY|PZ)$/;

// Upper case only: "ab 12 34 56 c" in running text is a code, rarely a NINO.
const PATTERN = /\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b/g;

export const nino = patternDetector('nino', ['National Insurance number', 'National Insurance numbers'], PATTERN, KEYWORDS, (m, near) => {
  if (NOT_ISSUED.test(m[1])) return undefined;
  const end = m.index + m[0].length;
  return { detector: 'nino', start: m.index, end, confidence: score(false, near(m.index, end)), masked: maskTail(m[0]) };
});
