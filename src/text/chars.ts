/**
 * Character classes shared by every stage. Each test looks at one UTF-16 code unit, so a scan over a string is a
 * single linear pass.
 *
 * @module
 */

/** True for a Han ideograph of the unified block or Extension A only: no compatibility ideographs, no surrogates. */
export function isCoreHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** True for a Han ideograph (CJK Unified Ideographs, Extension A, compatibility ideographs, 〇) or a surrogate half. */
export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007 ||
    (c >= 0xd800 && c <= 0xdfff) // astral ideographs arrive as surrogate pairs
  );
}

/** True for an ASCII or full-width Latin letter or digit, or a Latin-1/Latin Extended letter. */
export function isLatinOrDigit(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** True for a digit, ASCII or full-width. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** True exactly where the JavaScript `\s` class matches (so "whitespace" means the same thing everywhere). */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Characters that end a sentence: 。！？… and their ASCII and half-width forms. */
const SENTENCE_END = new Set([...'。！？…!?．｡.'].map((ch) => ch.charCodeAt(0)));
/** Closing quotes and brackets that may follow a sentence end (。” or 。）). */
const CLOSERS = new Set([...'”’」』）)】》"\''].map((ch) => ch.charCodeAt(0)));
/** Punctuation that never occurs inside a headline line (a line with it is body text). */
const CLAUSE_PUNCT = new Set([...'，。；：！？、,;!?…'].map((ch) => ch.charCodeAt(0)));

/** True when `c` ends a sentence. */
export function isSentenceEnd(c: number): boolean {
  return SENTENCE_END.has(c);
}

/** True for a closing quote or bracket. */
export function isCloser(c: number): boolean {
  return CLOSERS.has(c);
}

/** True for clause or sentence punctuation (，。；：！？、). */
export function isClausePunct(c: number): boolean {
  return CLAUSE_PUNCT.has(c);
}

/**
 * True when the text `s[start, end)` ends a sentence: its last character is 。！？… or a closing quote or bracket
 * right after one (`。”`, `！）`).
 */
export function endsSentence(s: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isCloser(s.charCodeAt(i))) i--;
  return i >= start && isSentenceEnd(s.charCodeAt(i));
}

/**
 * Folds full-width ASCII letters, digits and the ideographic space to their ASCII forms, one code unit for one, so
 * offsets never move. Used only for matching; reported text is always taken from the input.
 */
export function foldWidth(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let f = -1;
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) f = c - 0xfee0;
    else if (c === 0x3000 || c === 0xa0) f = 0x20;
    if (f >= 0) {
      out += s.slice(last, i) + String.fromCharCode(f);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}
