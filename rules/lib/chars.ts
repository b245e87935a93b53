// Character tests on UTF-16 code units, for loops that read a text one character at a time without
// building strings.

/** An ASCII letter or digit: 0–9, A–Z, a–z. */
export const isAsciiLetterOrDigit = (code: number): boolean => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
