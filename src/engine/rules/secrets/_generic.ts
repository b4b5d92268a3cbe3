import { hasCharClasses, shannonEntropy } from '../defineRule';
import { native } from '../../scan/nativeRegex';

/**
 * Key suffixes that name something about a secret rather than the secret itself:
 * `password_reset_url`, `tokenType`, `secretName`, `passwordMinLength`… (and Zoom's `plainToken`, the
 * random challenge of its webhook URL validation, which Zoom sends in the clear)
 */
const NON_SECRET_KEY =
  /(?:plain[_-]?token|url|uri|path|file|dir|field|label|placeholder|hint|prompt|policy|length|min|max|regex|pattern|type|name|reset|confirm|confirmation|hash|hashed|digest|enabled|required|expires?|expiry|expiration|header|format|mode|provider|manager|store|ref|arn|param|prefix|suffix|count|rule|rules|len|timeout|ttl|version|endpoint|kind|class|mask|input|form|text|message|msg|error|id|ids|flag|status|env|var|variable|strength|complexity|valid|validation|visible|visibility|icon|button|link|page|view|template|key[_-]?name|lookup|selector|sha|md5|bcrypt|salt|hashes|encryption|algorithm|algo|method|scheme|cipher|strategy|used|changed|updated|time|timestamp|date)$/iu;

const ASSIGNMENT_OPERATOR = /\\?["'\]]?[ \t]*(?:=|:=|=>|:|\?\?=)/u;

/** The key part of a generic rule's match: everything before the assignment operator. */
export function toMatchedKey(match: string): string {
  const end = match.search(ASSIGNMENT_OPERATOR);
  return end === -1 ? match : match.slice(0, end);
}

/** True when a key (as written in the assignment) names a secret, not its metadata. */
export function isSecretKey(key: string): boolean {
  const last = key.split(/[.[\]]/u).filter(Boolean).pop() ?? key;
  return !native(NON_SECRET_KEY).test(last.replace(/["'`]/gu, ''));
}

/** `config.db.password`, `this.key`, `$scope.token`: code. (A `$` closes no identifier: `Quartz.Lantern41$` is a password.) */
const MEMBER_EXPRESSION = /^[A-Za-z_$]\w*(?:(?:\?\.|\.|::|->)[A-Za-z_$]\w*|\[["']?[\w$-]+["']?\])+(?:\(\))?;?$/u;
/**
 * Each part of a dotted value reads as a name in code: letters, then digits only at the end
 * (`config.db2.password`, `this.apiKey`), a constant's upper-case name (`settings.MSG91_AUTH_KEY`), or a
 * class whose name ends in a capitalised word (`x25519.X25519PrivateKey`, a type annotation). `Qh7tpR42vu9.k3NdZw15`
 * has digits inside its parts: a password; so has `Q7Fxv.mprd…`, whose `Fxv` is no word.
 */
function isIdentifierChain(value: string): boolean {
  return value.split(/\?\.|\.|::|->/u).every((part) => IDENTIFIER_PART.test(part));
}
const IDENTIFIER_PART = native(/^[A-Za-z_$][A-Za-z_]*\d*(?:\(\))?;?$|^[A-Za-z_$]\w*\[|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+;?$|^[A-Za-z_][A-Za-z0-9_]*[A-Z](?=[a-z]*[aeiouy])[a-z]{2,}$|^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){2,}$/u);

/** `1.2.3`, `^12.0.0`, `~2.1`, `>=3`: a version, not a password. */
const VERSION = native(/^(?:[~^=<>]{1,2})?v?\d{1,4}(?:\.\d{1,6}){1,3}(?:[-+][\w.]{1,40})?$/u);
const CALL_OR_CODE = native(/[()[\]{}<>]|^(?:new|await|function|return|this|self|null|nil|none|true|false|undefined|string|str|int|bool|required|optional|any|object)\??$/iu);

/** `password=` (an option list), `[Filtered]` (what Sentry and loggers write in a scrubbed value's place), `0x8D6A`, `2015-03-05`, `true|false`, `[type=password]`, `{0}`, a ciphertext its tool marks (`ENCRYPTED:…`, Jasypt's `ENC(…)`, Spring Cloud Config's `{cipher}…`: useless without its key): constants, dates, choices, selectors, format slots; a Google OAuth client's id (`….apps.googleusercontent.com`: public, its secret is separate); an Ethereum address (`0x` and 40 hex digits: a token contract's or a wallet's, public on its chain). */
const NOT_A_CREDENTIAL = native(/\.apps\.googleusercontent\.com$|^(?:encrypted|enc):[A-Za-z0-9+/=_-]{16,}$|^ENC\([A-Za-z0-9+/=]{16,}\)$|^\{cipher\}[A-Za-z0-9+/=]{16,}$|^\[(?:filtered|redacted|masked|hidden|removed|scrubbed|omitted)\]$|^(?:user|name|pass|pwd|secret|token|key)\w{0,30}=$|^0x(?:[0-9a-f]{1,16}|[0-9a-f]{40})$|^\d{4}-\d{2}-\d{2}(?:$|T)|^[a-z]{2,20}(?:\|[a-z]{2,20}){1,10}$|^[\w-]{0,40}\[[\w-]{1,40}[~|^$*]?=[^\]]{0,60}\]$|\{\d{1,2}\}/iu);
/** Letters of scripts written without spaces (CJK, kana, hangul): a localized message, not a password. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]/u;
/**
 * Code in unquoted position: `!!flag`, `!$pass`, `==e.type`, `*glob`, `:before`, a ternary
 * `a?b:c`, or a member chain followed by an operator (`t.tokens.length-1`, `this.key=r`).
 */
const CODE_EXPRESSION = native(/^!!|^!\$|^![a-z_][\w$]{0,40}(?:\.[\w$]{1,40}){0,8}$|^=|^[*&][A-Za-z_]{1,40}$|^:[a-z]|^[\w$.]{1,80}\?[\w$.]{0,80}:/u);
/** A member chain before an operator (`this.count-1`, `cfg.port+1`): code when its parts read as names (see isIdentifierChain). */
const DOTTED_OPERAND = /^([A-Za-z_$][\w$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40}){1,8})[-+*/=:<>|&?]/u;
/** A class's or a call's name, `(`, and its first field's name and `=` (see isLiteralSecretValue). */
const DESCRIBED_OBJECT = native(/^([A-Za-z_$][\w$.]{2,80})\([A-Za-z_]\w{0,30}=$/u);
/** Words that name a credential, to spot identifiers such as `refreshTokenClient` or `passwordTooWeak`. */
export const CREDENTIAL_WORD = /token|secret|key|pass|pwd|credential|auth/iu;

/**
 * True when the value is an identifier made of words, one of which names a credential:
 * `acquireTokenByRefreshToken`, `Get-AzAccessToken`, `password_too_weak`, `_EllipticCurvePrivateKey`.
 * Such values are names in code (events, error codes, types), never random credentials: a random
 * token rarely splits into two or more long words, and almost never spells `token` or `secret`.
 */
export function isCredentialNamedIdentifier(value: string, vocabulary: RegExp): boolean {
  if (!vocabulary.test(value)) return false;
  if (!/^[A-Za-z_$][A-Za-z0-9$]{0,80}(?:[._\-/:][A-Za-z0-9$]{1,80}){0,8}$/u.test(value)) return false;
  // `SuperSecret123` is a (weak) password; `FlowPasswordRequiredResultV2` and `OAuth2Token` are names
  if (value.replace(/\D/gu, '').length > 1) return false;
  const words = value.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+/gu) ?? [];
  const long = words.filter((w) => w.length >= 2);
  if (long.length < 2) return false;
  if (long.reduce((n, w) => n + w.length, 0) / long.length < 3.5) return false;
  return long.some((w) => vocabulary.test(w));
}

/**
 * True when a letters-only value reads as words (`SomeLongIdentifierName`, `ENVIRONMENT_NAME`):
 * each camel-case or separated word is pronounceable (has vowels, no long consonant runs) and the
 * words are not mostly single letters. Under 4% of random 20-letter strings pass (7% at 16).
 */
export function looksLikeWords(value: string): boolean {
  const words = value.split(/[._\-/:]+/u).flatMap((part) => part.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]/gu) ?? []);
  let letters = 0;
  let n = 0;
  let singles = 0;
  for (const w of words) {
    if (w.length === 1) {
      singles++;
      continue;
    }
    const lower = w.toLowerCase();
    // long words (and run-together upper-case words) are held to a stricter standard
    const long = w.length >= 8;
    if ((long ? /[bcdfghjklmnpqrstvwxz]{4}/u : /[bcdfghjklmnpqrstvwxz]{5}/u).test(lower)) return false;
    if (w.length >= 4 && lower.replace(/[^aeiouy]/gu, '').length / w.length < (long ? 0.3 : 0.25)) return false;
    letters += w.length;
    n++;
  }
  return n >= 1 && singles <= n / 3 && letters / n >= 3.5;
}

/**
 * True when code follows a bare value: a call or generic type (`standard_b64encode(creds)`,
 * `OAuth2TokenCredential<T>`) or a ternary (`pwd = a:dict.istemp ? a:dict.tmpdir : ''`).
 */
// (With a space before the bracket, only after a name or a path: `pass=iIy-SBu#&nrd (topic …)` in a
// log is a value and a remark; `pwd = getpass (prompt)` is a call and `--- PASS: TestSignature/valid
// (0.25s)` a test runner's line.)
export function isFollowedByCode(text: string, end: number, value?: string): boolean {
  const after = text.slice(end, end + 5);
  if (/^[(<]|^[ \t]{1,3}\?[ \t]/u.test(after)) return true;
  return /^[ \t]{1,2}[(<]/u.test(after) && (value === undefined || /^[\w$./-]+$/u.test(value));
}

/**
 * Random base64 that happens to start with `/` (`/dSE6alYH0AJ…++iSBv…`), not a path: base64 characters
 * only, long, few slashes, and the randomness of a key (a path's segments are words).
 */
function isBase64FromSlash(value: string): boolean {
  if (!/^\/[A-Za-z0-9+/]{23,}={0,2}$/u.test(value)) return false;
  const slashes = value.split('/').length - 1;
  // (A path's segments hold no `+`: with one, a few more slashes are base64's own.)
  return (slashes <= 3 || (slashes <= 6 && value.includes('+'))) && shannonEntropy(value) >= 4.5 && /[A-Z]/u.test(value) && /[a-z]/u.test(value) && /\d/u.test(value);
}

/**
 * A value that starts with `@` and names something: an SQL parameter or variable (`@Password`,
 * `@db_pwd1`), a decorator, an npm scope (`@acme/…`), a reference (`@{…}`). A random value that
 * happens to start with `@` (`@X1hK…-C` in a connection string) is a password.
 */
function isAtReference(value: string): boolean {
  if (!/^@[\w{]/u.test(value)) return false;
  // A file the tool reads the value from (`vault kv put … key=@app.private-key.pem`, `curl -d @body.json`).
  if (/^@[\w.-]+\.(?:pem|key|crt|cer|der|p12|pfx|json|ya?ml|txt|env|asc|gpg|pub)$/u.test(value)) return true;
  if (!/^@[A-Za-z_][\w.]*$/u.test(value)) return /^@(?:\{|[\w.-]+\/)/u.test(value) || !/\d/u.test(value);
  return !/\d/u.test(value) || looksLikeWords(value.slice(1).replace(/\d+/gu, '-'));
}

/** An upper-case constant's name that names a credential (`SFTP_PASS`, `DB2_PASSWORD`, `API_SECRET_KEY`). */
const CONSTANT_REFERENCE = native(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:PASS|PASSWD|PASSWORD|PWD|SECRET|TOKEN|KEY|CREDENTIALS?)(?:_[A-Z0-9]+)?$/u);

/**
 * Decides whether an assigned value looks like a literal credential rather than code,
 * a path, a URL or prose. `quoted` says whether the value stood in quotes.
 */
/** An emoji's shortcode as Slack and GitHub write it (`:white_check_mark:`, `:+1:`). */
const EMOJI_SHORTCODE = native(/^:[a-z0-9_+-]{2,40}:$/u);

export function isLiteralSecretValue(value: string, quoted: boolean, minLength: number): boolean {
  if (value.length < minLength) return false;
  if (/\s/u.test(value)) return false;
  if (/^(?:https?|ftp|file|s3|gs):\/\//iu.test(value)) return false;
  // (Nor an emoji's shortcode, a chat notifier's status icon: `pass: ':white_check_mark:'`.)
  if (value.charCodeAt(0) === 58 && EMOJI_SHORTCODE.test(value)) return false;
  // (Nor any other URL without credentials in it: `mongodb://localhost:27017/app`, `amqp://broker:5672`.)
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s@]*$/iu.test(value)) return false;
  // An ARN names a key, a secret or a policy (`arn:aws:kms:us-west-2:123456789012:alias/aws/s3`), it is none.
  if (value.startsWith('arn:')) return false;
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/u.test(value) && !isBase64FromSlash(value)) return false;
  if (/^\$|^%\w+%$/u.test(value) || isAtReference(value)) return false;
  if (VERSION.test(value)) return false;
  if (NOT_A_CREDENTIAL.test(value) || CJK.test(value)) return false;
  // An option's name and its `=` (a shell completion's `password= scmVersion=`): letters, then `=`,
  // at a length no base64 value with one padding character has.
  if (/^[A-Za-z][A-Za-z_-]{1,40}=$/u.test(value) && value.length % 4 !== 0) return false;
  // An object's description in a log, cut at its escaped quote: Symfony's security log writes its
  // token as `"PostAuthenticationToken(user=\"…\", …)"`. A class's name in words, then `(` and a field.
  const described = DESCRIBED_OBJECT.exec(value);
  if (described !== null && looksLikeWords((described[1] as string).replace(/[._$]/gu, ''))) return false;
  if (!quoted) {
    if ((MEMBER_EXPRESSION.test(value) && isIdentifierChain(value)) || CALL_OR_CODE.test(value) || CODE_EXPRESSION.test(value)) return false;
    const operand = DOTTED_OPERAND.exec(value)?.[1];
    // (Unless a long random run follows the operator: `K.P+x^…` is a password whose
    // first three characters read as a member chain.)
    // (An operator that ends the value after digits is no expression's: `Lake.harbour475?` is a password, Ruby's `user.admin?` a call.)
    if (operand !== undefined && (value.length > operand.length + 1 || !/\d/u.test(operand)) && isIdentifierChain(operand) && !isRandomToken(value.slice(operand.length + 1), 12, 3.2)) return false;
    // An unquoted bare word in code is an identifier; in config it needs a digit or symbol to look like
    // a secret, or 20+ letters that don't read as words (`API_KEY=frYuxAgexkIbnptVTCcz…`).
    // (Or 12+ letters whose case changes as often as a random string's: `TbKQwErVmnZLpXd`.)
    if (/^[A-Za-z_]+$/u.test(value) && (value.length < 20 || looksLikeWords(value)) && !isScrambledLetters(value)) return false;
    // (Nor an upper-case constant's name that names a credential, digits and all: `password=SB_H2H_PASS`,
    // `password: str = CARRIER24_PASSWORD`: a reference to the value, not the value.)
    if (CONSTANT_REFERENCE.test(value)) return false;
    if (/[;,]$/u.test(value)) return false;
  } else if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/u.test(value) && /[a-z]\.[a-z]/u.test(value) && !/\d/u.test(value)) {
    // "config.db.password"-style lookups in strings.
    return false;
  }
  return true;
}

/** Twelve letters or more in scrambled case (see isScrambledCase) that don't read as words: a random password's. */
export function isScrambledLetters(value: string): boolean {
  return value.length >= 12 && isScrambledCase(value) && !looksLikeWords(value);
}

/**
 * Letters whose case changes at one in three of their steps or more, with capitals after capitals
 * and small letters after small letters too (`TbKQwErVmnZLpXd`, `HxRmpQLvcYDTNaWb`, `TfqoKUGAwsIFYb`
 * at 5 of 13): a random string's, not an identifier's words (`adminPasswordField` changes case at 4
 * of 17 steps, `HTTPServerConfig` at 3; `aBcDeFgHiJkL`, changing at every step, is a pattern).
 */
function isScrambledCase(value: string): boolean {
  let changes = 0;
  let upperRuns = 0;
  for (let i = 1; i < value.length; i++) {
    const a = value.charAt(i - 1);
    const b = value.charAt(i);
    const aUp = a !== a.toLowerCase();
    const bUp = b !== b.toLowerCase();
    if (aUp !== bUp) changes++;
    else if (aUp) upperRuns++;
  }
  return changes * 3 >= value.length - 1 && changes < value.length - 1 && upperRuns >= 1;
}

/** The shapes of isPublicClientKey's keys (see there). */
const PUBLIC_CLIENT_KEY = native(
  /^(?:(?:appl|goog|amzn|strp|rcb)_[A-Za-z0-9]{20,40}$|(?:live|test)-checkout-key-[0-9a-f]{32}$|ysc1_[A-Za-z0-9]{30,60}$|key_(?:live|test)_[A-Za-z0-9]{32}$|(?:live|test)_[A-Z0-9]{32}$|https?:\/\/[0-9a-f]{32}@[\w.-]{1,100}\/\d{1,19}$|[\w-]{11,64}:APA91b[\w-]{60,300}$|3MVG9[\w.]{40,90}$|pk\.eyJ|pk_(?:live|test)_|(?:live|test)_g?ck_[A-Za-z0-9]{20,50}$|(?:ios|android)_sdk-|SW(?:IA|SC)[A-Z0-9]{20,30}$|pub[0-9a-f]{32}$|phc_[A-Za-z0-9]{30,50}$|(?:SK|AC)[0-9a-f]{32}$|(?:SB-)?Mid-client-[\w-]{12,40}$|DI[A-Z0-9]{18}$)/u,
);

/**
 * The id of a payment object (Stripe's and its peers' prefixes: a card token `tok_…`, a payment
 * method `pm_…`, a customer `cus_…`, an event `evt_…`): a reference, useless without the account's
 * secret key, which logs, audit trails and support tickets print freely.
 */
const PAYMENT_OBJECT_ID = native(/^(?:tok|btok|pm|card|src|ba|seti|pi|ch|py|cus|evt|acct|txn|re|po|in|ii|sub|si|price|prod|plan|cs|pmc|tr|ord|sku|ipi|iauth|ic|fee|ivc|dp|du)_[A-Za-z0-9]{10,40}$/u);

export function isPaymentObjectId(value: string): boolean {
  return PAYMENT_OBJECT_ID.test(value);
}

/**
 * Keys that client apps embed by design, so they are not secrets wherever they are assigned:
 * Mapbox public tokens (`pk.eyJ…`; the secret ones are `sk.eyJ…`), Stripe publishable keys, and
 * Intercom's mobile SDK keys (`ios_sdk-…`, `android_sdk-…`).
 */
export function isPublicClientKey(value: string): boolean {
  // (And Shopware's access key ids, SWIA… for an integration's client id and SWSC… for a sales
  // channel's key that every storefront request sends: their secrets are separate.)
  // (And Datadog's client tokens, pub…, which browser RUM and logs SDKs send from every page;
  // PostHog's project keys, phc_…, which its JavaScript snippet sends; Twilio's resource ids, two
  // letters and 32 hex digits, SK… an API key's and AC… an account's, whose secrets are separate.)
  // (And Toss Payments' client keys, live_ck_… and live_gck_…, which its payment widget sends from the browser;
  // Salesforce's consumer keys, 3MVG9…, a connected app's OAuth client id in every authorize URL;
  // Adyen's client keys, live_ or test_ and 32 capitals and digits, which its Drop-in sends from the browser;
  // Midtrans' client keys, Mid-client-… (SB-Mid-client-… in its sandbox), which Snap.js sends from the page;
  // Duo's integration keys, DI and 18 capitals and digits, an application's id beside its secret key.)
  // (And RevenueCat's public SDK keys, appl_, goog_, amzn_, strp_ and rcb_ + the key: the apps send them,
  // its secret keys are sk_…; a Sentry DSN, which browsers send with every event; a Firebase Cloud
  // Messaging registration token, a device's push address, not a credential (fcm-registration-token
  // reports it, at warning); Branch's keys, key_live_…,
  // which its SDK sends from the app (its secret is secret_live_…); Yandex SmartCaptcha's client keys,
  // ysc1_…, which its widget sends from the page (its server keys are ysc2_….); Nets Easy's checkout
  // keys, live-checkout-key-…, which its checkout page sends (its secret keys are live-secret-key-….)
  return PUBLIC_CLIENT_KEY.test(value);
}

/** A random-looking token: long enough, two character classes, and enough entropy. */
export function isRandomToken(value: string, minLength = 16, minBits = 3.2): boolean {
  return value.length >= minLength && hasCharClasses(value, 2) && shannonEntropy(value) >= minBits;
}

/**
 * A word as a pattern in either case (`[pP][aA]…`, a space as `[ _-]?`), for rules without `i`:
 * V8 runs `iu` patterns far slower, and words such as contraseña hold letters that the scanner's
 * case expansion (ASCII only) can't carry over.
 */
export function anyCase(word: string): string {
  return [...word].map((c) => (c === ' ' ? '[ _-]?' : c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
}

/**
 * A password hash in the modular crypt format (`$2b$12$…`, `$6$…`, `$y$…`, `$argon2id$…`,
 * `$pbkdf2-sha256$…`, `$scrypt$…`): what a server compares a password with, not the password.
 */
const CRYPT_HASH = /^\$(?:1|2[abxy]?|5|6|7|y|gy|argon2(?:id|i|d)|pbkdf2[\w-]*|scrypt|sha\d+)\$/iu;

/**
 * Django's stored passwords: `algorithm$…` (`pbkdf2_sha256$720000$…`, `argon2$argon2id$v=19$…`),
 * the tail of an Argon2 hash cut at its parameters' commas (`p=8$salt$hash`), and the marker of an
 * unusable password (`!` and forty random letters and digits).
 */
const DJANGO_HASH = /^(?:(?:argon2|pbkdf2_sha(?:1|256)|bcrypt(?:_sha256)?|scrypt|unsalted_(?:md5|sha1)|md5|sha1)\$|(?:[mtp]=\d{1,7}[,$]){1,3}[A-Za-z0-9+/]{8,}\$|![A-Za-z0-9]{40}$)/u;

export function isCryptHash(value: string): boolean {
  if (CRYPT_HASH.test(value) || DJANGO_HASH.test(value)) return true;
  // (Written with its dollars escaped, as a shell, a PHP fixture or a Compose file must: `\$2y\$13\$…`.)
  return value.startsWith('\\$') && CRYPT_HASH.test(value.replace(/\\\$/gu, '$'));
}

/** A UUID's source for patterns of credentials shaped like one (their key says credential; the shared filters drop bare UUIDs). */
export const UUID_SOURCE = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * Keys whose token addresses or identifies rather than authenticates, or that a client app embeds
 * by design: a page's token (`NextToken`, `nextPageToken`, `ContinuationToken`, Microsoft Graph's `$deltatoken` and `$skiptoken`) resumes a listing, an
 * AWS `ChangeToken` orders a change, a CSRF token (Rails' `authenticity_token`) guards one form, a LINE webhook event's `replyToken` answers that one event within a minute (its message's `quoteToken` quotes it in a reply), Plaid's `link_token` opens Link in the browser for half an hour; Pusher's app key and Mixpanel's
 * project token ship in every app. An OpenTravel message's `EchoToken` pairs a reply with its request, and a bed bank's `rateKey`
 * names the rate a booking takes. (Not a `push_token` or a `device_token` since the seventy-third
 * session: an IoT device's or a channel manager's is its credential, and a phone's push address is
 * reported by fcm-registration-token and apns-device-token.)
 */
export const NOT_A_SECRET_KEY = native(
  /(?:javascript|native[_.-]?app)[_.-]?key$|(?:next|prev|previous|page|pagination|continuation|sync|resume|change|idempotency|delta|skip)[_.-]?(?:(?:page|forward|backward)[_.-]?)?token$|(?:public|publishable|pub)[_.-]?key|key[_.-]?id$|token[_.-]?(?:url|type|endpoint)|(?:csrf|xsrf|cart|checkout|purchase|storefront[_.-]?(?:access[_.-]?)?)[_.-]?token$|csrf[a-z]{0,12}token$|authenticity[_.-]?token$|reply[_.-]?token$|quote[_.-]?token$|link[_.-]?token$|echo[_.-]?token$|rate[_.-]?key$|payment[_.-]?key$|search(?:[_.-]?only)?[_.-]?(?:api[_.-]?)?key$|shopify[_.-]?api[_.-]?key$|pusher[_.-]?(?:app[_.-]?)?key$|mixpanel[_.-]?(?:project[_.-]?)?token$|(?:^|[^a-z])(?:next|expo|nuxt)[_.-]?public[_.-]|(?:^|[^a-z])js[_.-]?key$/iu,
);
