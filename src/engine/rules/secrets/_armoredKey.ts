// Shared pieces of the rules that find private keys in ASCII armor (PEM, OpenSSH, PGP). Keys show up
// with real line breaks, with `\n` escapes inside JSON or YAML strings, indented in YAML blocks, or
// squashed onto one line with spaces. Files starting with `_` are not rules.
import { shannonEntropy } from '../defineRule';

/**
 * A line break (real, or escaped as `\n` / `\r\n` in a string, or escaped twice, `\\n`, where a
 * notebook's cell source holds the service account's JSON in a Python string) plus indentation.
 */
export const NL = String.raw`(?:\r?\n|(?:\\){1,2}r(?:\\){1,2}n|(?:\\){1,2}n)[ \t]{0,40}`;

/** Between two base64 lines: a line break, or the space a squashed key has instead. */
export const SEP = String.raw`(?:\r?\n|(?:\\){1,2}r(?:\\){1,2}n|(?:\\){1,2}n|[ \t])[ \t]{0,40}`;

/**
 * Base64 lines separated by {@link SEP}; the split is unambiguous because SEP shares no character with base64.
 * The last line may be the padding alone (`==`), where the wrapping column falls just before it.
 */
export const BODY = String.raw`[A-Za-z0-9+/]{1,8192}={0,2}(?:${SEP}(?:[A-Za-z0-9+/]{1,8192}={0,2}|={1,2})){0,400}`;

/** `Name: value` armor headers (Proc-Type, DEK-Info, Version, Comment), each on its own line. */
export const HEADERS = String.raw`(?:[A-Za-z][A-Za-z-]{1,30}: [^\r\n\\]{1,200}${NL}){0,8}`;

/**
 * True when the armored block between its BEGIN and END lines holds a plausible key body:
 * at least `minChars` base64 characters with the entropy of random bytes (this rejects
 * `XXXX…` and `AAAA…` stand-ins, which the shared filters would otherwise judge on the whole block).
 */
export function isKeyBody(block: string, minChars: number): boolean {
  const firstBreak = block.indexOf('-----', 10);
  const lastDashes = block.lastIndexOf('-----END');
  if (firstBreak === -1 || lastDashes <= firstBreak) return false;
  const inner = block
    .slice(firstBreak + 5, lastDashes)
    .replace(/(?:\\){1,2}[rn]/gu, '\n')
    .split(/\r?\n/u)
    .filter((line) => !/^\s*[A-Za-z][A-Za-z-]{1,30}: /u.test(line))
    .join('')
    .replace(/[^A-Za-z0-9+/]/gu, '');
  return inner.length >= minChars && shannonEntropy(inner) >= 4;
}
