import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { isStandaloneLogin } from './_handles';
import { SURNAMES } from './_surnames';

/**
 * Surnames that code spells inside its common words (content, continue, change, challenge,
 * TreeWalker, balance, testament): as keywords they opened nine in ten of the rule's windows on
 * the bench corpus's published packages, for no login. A login ending in one of them stays a login
 * where a label or a name vouches for it (user-name, login-attribution).
 */
const IN_CODE_WORDS = new Set(['conte', 'conti', 'chang', 'allen', 'walker', 'balan', 'testa']);

/** A login ends in a surname of five letters or more (see spellsLoginLetters): those are the keywords. */
const LONG_SURNAMES = [...SURNAMES].filter((s) => s.length >= 5 && !IN_CODE_WORDS.has(s));

/** An HTML entity's name for a letter with a diacritic: `zcaron`, `ncedil` (a letter and a surname's letters). */
const ENTITY_NAME = native(/^[a-z](?:caron|cedil|acute|grave|circ|tilde|uml|ring|strok|dblac|ogon|macr|breve)$/u);

/** Entity names for letters with diacritics, as a table or an alternation lists them side by side. */
const ENTITY_NAMES = native(/(?<![A-Za-z])[A-Za-z](?:caron|cedil|acute|grave|circ|tilde|uml|ring|strok|dblac|ogon|macr|breve)(?![A-Za-z])/gu);

/**
 * `s` is an HTML entity's name: in an entity (`&dcaron;`), or beside other such names (a pattern's
 * alternation `|Dcaron|dcaron|`, a decoder's table `'\u010F':'dcaron','\u010E':'Dcaron'`).
 */
function isEntityName(s: string, text: string, start: number, end: number): boolean {
  if (!ENTITY_NAME.test(s)) return false;
  if (text[start - 1] === '&' && text[end] === ';') return true;
  return (text.slice(Math.max(0, start - 40), end + 40).match(ENTITY_NAMES)?.length ?? 0) >= 2;
}

// A colleague's login by itself, wherever people write it: in a list (`members: [malbrecht,
// kdabrowski]`), a table cell, after a dash that signs a comment, in parentheses, in a ticket's
// field. Its letters alone say whose it is: an initial or two and a common surname, or a given name
// and one (`kdabrowski`, `jpnunes`, `sofiacosta`). The surname must have five letters or more and
// the word must not be a dictionary word (see LOGIN_LOOKALIKES): with four-letter surnames, `gross`
// and `usato` were logins. Not in a path, an address, a host name or a call (`/kdabrowski/`,
// `kdabrowski@…`, `kdabrowski.dev`, `kdabrowski(`).
// Decision: no label needed. Across 86 labelled corpora the rule found 178 logins that no labelled
// form reached, for 21 unlabelled words, most of them logins the labels missed; on the bench
// corpus's 30 MB of published packages it flags none.
export default defineRule({
  id: 'standalone-login',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "A word that spells a person's login by itself (an initial and a surname, or a given name and a surname), wherever it stands",
  severity: 'info',
  generic: true,
  keywords: LONG_SURNAMES,
  // Back over a given name and a lookbehind's character; forward over four digits and a lookahead's two.
  window: { before: 16, after: 7 },
  // (Letters of any script bound the word: `rodowiska` is the end of `środowiska`, not a login;
  // so do combining marks: `gavila` is the start of a decomposed `gavilán`.)
  pattern: /(?<![\p{L}\p{M}\p{N}_.\/@$#\\&%+=~-])[a-z]{6,28}\d{0,4}(?![\p{L}\p{M}\p{N}_\/@(+=~-]|\.[a-z])/gu,
  // (Not a function's name before its call: `$n->blucas()`.)
  // (Nor part of a word a Java or JSON string spells with escapes: `lir\u0103 libanez\u0103`; nor a reST
  // substitution, `|ncaron|`, or a LAPACK routine in SciPy's macro, `BLAS_FUNC(zlange)`.)
  validate: (s, ctx) =>
    isStandaloneLogin(s) &&
    ctx.text.charAt(ctx.end) !== '(' &&
    !(ctx.text.charAt(ctx.start - 1) === '|' && ctx.text.charAt(ctx.end) === '|') &&
    !/FUNC\($/u.test(ctx.text.slice(Math.max(0, ctx.start - 5), ctx.start)) &&
    !/^\\u[0-9A-Fa-f]{4}/u.test(ctx.text.slice(ctx.end, ctx.end + 6)) &&
    !/\\u[0-9A-Fa-f]{4}$/u.test(ctx.text.slice(Math.max(0, ctx.start - 6), ctx.start)) &&
    !isEntityName(s, ctx.text, ctx.start, ctx.end),
  redactAs: 'user',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'team members: [kdabrowski, vmendoza]',
      '| 2025-01-07 | Zendesk token | pmarchetti | rotated |',
      '# Captured by mokonkwo on the jump host',
      'submitter: sofiacosta',
      'reviewed (ehartmann2) before the release',
    ],
    negative: [
      '.. |ncaron| unicode:: U+00148 .. LATIN SMALL LETTER N WITH CARON',
      'float BLAS_FUNC(clange)(char *norm, int *m, int *n, npy_complex64 *a, int *lda, float *work);',
      // a locale's words with escaped letters glued to them
      '            { "lbp", "lir\\u0103 libanez\\u0103" },',
      // a method's name in a call
      'respectively. For example, if $n is 12, then C<< @L = $n->blucas() >> returns',
      'the gross amount and the net amount',
      'it has fallen off the list',
      'ssh kdabrowski@jump.internal',
      'see https://git.internal/kdabrowski/dotfiles',
      'visit kdabrowski.dev for the slides',
      'const walker = new TreeWalker()',
      'call kdabrowski(x) first',
      'the deploy-svc account runs it',
      'user_kdabrowski is a column',
      // HTML entities' names, in a pattern's alternation and as an entity
      'const re = /&(?:Ncaron|ncaron|ncedil|Tcaron|tcaron|dcaron);/',
      'Dvo&rcaron;&aacute;k',
      // a word written decomposed (a letter and a combining accent), as macOS file names and some word lists are
      'gavila\u0301n',
      "decode = {'\\u010F':'dcaron','\\u010E':'Dcaron'}",
    ],
  },
});
