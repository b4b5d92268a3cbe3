import { hasCharClasses, shannonEntropy } from '../defineRule';

/**
 * Key suffixes that name something about a secret rather than the secret itself:
 * `password_reset_url`, `tokenType`, `secretName`, `passwordMinLength`…
 */
const NON_SECRET_KEY =
  /(?:url|uri|path|file|dir|field|label|placeholder|hint|prompt|policy|length|min|max|regex|pattern|type|name|reset|confirm|confirmation|hash|hashed|digest|enabled|required|expires?|expiry|expiration|header|format|mode|provider|manager|store|ref|arn|param|prefix|suffix|count|rule|rules|len|timeout|ttl|version|endpoint|kind|class|mask|input|form|text|message|msg|error|id|ids|flag|status|env|var|variable|strength|valid|validation|visible|visibility|icon|button|link|page|view|template|key[_-]?name|lookup|selector|template|sha|md5|bcrypt|salt)$/iu;

/** True when a key (as written in the assignment) names a secret, not its metadata. */
export function isSecretKey(key: string): boolean {
  const last = key.split(/[.[\]]/u).filter(Boolean).pop() ?? key;
  return !NON_SECRET_KEY.test(last.replace(/["'`]/gu, ''));
}

const MEMBER_EXPRESSION = /^[A-Za-z_$][\w$]*(?:(?:\?\.|\.|::|->)[A-Za-z_$][\w$]*|\[["']?[\w$-]+["']?\])+(?:\(\))?;?$/u;
/** `1.2.3`, `^12.0.0`, `~2.1`, `>=3`: a version, not a password. */
const VERSION = /^(?:[~^=<>]{1,2})?v?\d{1,4}(?:\.\d{1,6}){1,3}(?:[-+][\w.]{1,40})?$/u;
const CALL_OR_CODE = /[()[\]{}<>]|^(?:new|await|function|return|this|self|null|nil|none|true|false|undefined|string|str|int|bool|required|optional|any|object)$/iu;

/**
 * Decides whether an assigned value looks like a literal credential rather than code,
 * a path, a URL or prose. `quoted` says whether the value stood in quotes.
 */
export function isLiteralSecretValue(value: string, quoted: boolean, minLength: number): boolean {
  if (value.length < minLength) return false;
  if (/\s/u.test(value)) return false;
  if (/^(?:https?|ftp|file|s3|gs):\/\//iu.test(value)) return false;
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/u.test(value)) return false;
  if (/^\$|^%\w+%$|^@\w/u.test(value)) return false;
  if (VERSION.test(value)) return false;
  if (!quoted) {
    if (MEMBER_EXPRESSION.test(value) || CALL_OR_CODE.test(value)) return false;
    // An unquoted bare word in code is an identifier; in config it needs a digit or symbol to look like a secret.
    if (/^[A-Za-z_]+$/u.test(value)) return false;
    if (/[;,]$/u.test(value)) return false;
  } else if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/u.test(value) && /[a-z]\.[a-z]/u.test(value) && !/\d/u.test(value)) {
    // "config.db.password"-style lookups in strings.
    return false;
  }
  return true;
}

/** A random-looking token: long enough, two character classes, and enough entropy. */
export function isRandomToken(value: string, minLength = 16, minBits = 3.2): boolean {
  return value.length >= minLength && hasCharClasses(value, 2) && shannonEntropy(value) >= minBits;
}
