import { perText } from './perText';
import type { MatchContext, Rule } from '../types';
import { sha256Hex } from './fingerprint';
import { lineEndWithin, lineStartWithin } from './lines';
import { native } from './nativeRegex';
import { foldedTest } from './caseExpand';
import { decodeBase64 } from './base64';

/** Why a match was dropped as a false positive; `undefined` when it stands. */
export type FalsePositiveReason =
  | 'placeholder'
  | 'template-reference'
  | 'vendor-example'
  | 'uuid'
  | 'hash'
  | 'data-uri'
  | 'low-entropy'
  | 'sequential'
  | 'test-vector'
  | 'encrypted'
  | 'masked'
  | 'timestamp';

/** A line that says its value is a published test vector: `rfc8032SecretKey = …`, `// RFC 7515 A.1`, `known-answer test`. */
const TEST_VECTOR_LINE = foldedTest(/rfc[ _-]?\d{3,5}|test[ _-]?vectors?|known[ _-]?answer/iu);

/**
 * Ciphertext that is safe to commit by design: a Bitnami SealedSecret's `encryptedData`, a SOPS
 * file (its values are `ENC[…]`, its keys sit under `sops:`), an Ansible Vault block.
 */
const ENCRYPTED_FILE = /\bkind:[ \t]*SealedSecret\b|^[ \t]*encryptedData:|^sops:|\$ANSIBLE_VAULT;/mu;

/**
 * Whether a text holds any of `ENCRYPTED_FILE`'s markers at all: most don't, and then no slice of
 * it can match. (The pattern itself is not run on the whole text: its `^` reads a slice's first
 * character as a line start.)
 */
const hasEncryptedMarker = perText(
  (text) => text.includes('SealedSecret') || text.includes('encryptedData:') || text.includes('sops:') || text.includes('$ANSIBLE_VAULT;'),
);

/**
 * What those files' ciphertext is written in: hex (Ansible Vault), base64 (a SealedSecret's
 * `encryptedData`). A Slack webhook or a user token left in plain text beside a vault block is
 * not ciphertext.
 */
const CIPHERTEXT = native(/^[A-Za-z0-9+/]+={0,2}$/u);

/**
 * A Jenkins `hudson.util.Secret` as credentials.xml and config.xml store it: `{AQAAABAAAAA…}`, AES
 * under the controller's own master key, which never leaves the controller.
 */
const JENKINS_SECRET = /^\{AQAAABAAAA[A-Za-z0-9+/]{16,}={0,2}\}$/u;

/**
 * A Maven password encrypted with the settings-security master password, as settings.xml stores it:
 * base64 in braces (`<password>{…=}</password>`). Reading it needs the master password, kept apart.
 */
const MAVEN_ENCRYPTED = /^\{[A-Za-z0-9+/]{11,}={0,2}\}$/u;
const MAVEN_PASSWORD_BEFORE = /<password>$/u;

const PLACEHOLDER_WORDS = foldedTest(
  /your[-_ ]?(?:own[-_ ]?)?(?:[a-z0-9]{2,12}[-_ ]?){0,3}(?:api[-_ ]?)?(?:key|token|secret|password|pass|pwd|id|email|name)|placeholder|change[-_]?me|set[-_]?me[-_]|replace[-_]?(?:me|with|this)|insert[-_]?(?:your|key|token|here)|redacted|dummy|fake[-_]?(?:key|token|secret|password)|(?:key|token|secret|password)[-_]?here|xxxx|\*\*\*\*|\.\.\.\.|…|(?<![a-z])(?:todo|fixme)(?![a-z])|not[-_]?(?:a[-_]?)?real|notreal|not[-_]?a[-_]?secret|lorem|ipsum/iu,
);
/**
 * "Your password here" in the other languages docs and answers are written in (`su-contraseña-aquí`,
 * `sua_senha`, `votre-mot-de-passe`, `dein-passwort`, `jouw-wachtwoord`, `IhrSchluesselHier`).
 */
const PLACEHOLDER_WORDS_ABROAD = native(
  /(?<![a-z])(?:(?:tu|su)[-_ ]?(?:contraseña|contrasena|clave|token)|(?:contraseña|contrasena|clave)[-_ ]?aqu[ií]|(?:sua|tua|seu|teu)[-_ ]?(?:senha|chave|token)|senha[-_ ]?aqui|(?:votre|ton|ta)[-_ ]?(?:mot[-_ ]?de[-_ ]?passe|cl[ée]|jeton|token)|(?:dein|ihr)[-_ ]?(?:passwort|kennwort|schl(?:[üu]|ue)ssel|token)|(?:la[-_ ]?)?tua[-_ ]?password|(?:je|jouw|uw)[-_ ]?(?:wachtwoord|sleutel))(?:[-_ ]?(?:hier|aqu[ií]|ici|qui))?(?![a-z])/iu,
);
/** A test's or a mock's named key with a counting number: `test_api_key_1234567890`, `mock-token-123`. */
const NAMED_TEST_KEY = native(/^(?:test|mock|dummy|fake|sample|demo)[-_](?:[a-z]{2,10}[-_]){0,2}(?:key|token|secret|password|pass)(?:[-_]?(?:0?1234567890?|\d{1,3}))?$/iu);
/** A secret's own words that it is a test's or a demo's: `…-for-unit-tests-only`, `not-for-production`. */
const NOT_FOR_PRODUCTION = native(/not[-_ .]?for[-_ .]?prod(?:uction)?|(?<![a-z])(?:unit[-_ .]?)?tests?[-_ .](?:only|use[-_ .]only)(?![a-z])|for[-_ .](?:unit[-_ .])?tests?[-_ .]only/iu);
/**
 * A value written in base64, which may spell a phrase: 24 characters or more, or a shorter one
 * whose padding says it is base64 (`Y2hhbmdlbWU=`, a Kubernetes Secret's `changeme`).
 */
const BASE64_PHRASE = /^(?:[A-Za-z0-9+/]{24,}={0,2}|(?=.{8,23}$)(?:[A-Za-z0-9+/]{4})*[A-Za-z0-9+/]{2,3}={1,2})$/u;
/** Printable ASCII: what a phrase decodes to, not a key's random bytes. */
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/u;

/**
 * True when a secret's value says it is a stand-in: in its own words, or in base64 that decodes to
 * such words (a test config's JWT secret that decodes to `signing-secret-for-integration-tests-only`).
 */
function isSelfDeclaredStandIn(value: string): boolean {
  if (NOT_FOR_PRODUCTION.test(value) || NAMED_TEST_KEY.test(value)) return true;
  if (!BASE64_PHRASE.test(value)) return false;
  const decoded = decodeBase64(value);
  return decoded !== undefined && PRINTABLE_ASCII.test(decoded) && (PLACEHOLDER_WORDS(decoded) || NOT_FOR_PRODUCTION.test(decoded));
}
const ONLY_FILLER = /^(?:[xX*#._\-=0]+|[xX]+[-_.][xX]+.*|null|none|nil|undefined|true|false|empty|secret|password|token|string|value|test|example|sample|-?anonymous@?|(?:foo|bar|baz|qux|quux|xyzzy|plugh){1,4}|(?:hunter2){1,3}|correcthorsebatterystaple)$/u;
/**
 * The passwords of manuals and tutorials (P@ssw0rd, Passw0rd!, Welcome1), and a compose file's
 * development defaults (devpassword, localpass, test_secret, local-dev-only, demo1234), and the word for
 * password itself in other languages (a guide's `postgres://app:passwort@…`, `usuario:contrasena@`):
 * examples, whoever types them.
 */
const TEXTBOOK_PASSWORD = native(/^(?:(?:dev|local|test|demo)[-_]?(?:pass(?:word|wd)?|pwd|secret)\d{0,4}|(?:demo|test|user|admin)(?:123|1234|12345)|(?:local|dev|test)(?:[-_](?:dev|test|local|only|use))+|mypassword|supersecret|passwort|kennwort|contrase(?:ñ|n)a|senha|mot-?de-?passe|motdepasse|wachtwoord|has(?:ł|l)o|l(?:ö|o)senord|salasana|adgangskode|passord|heslo|parola|secretpassword|p@ssw0rd|p@\$\$w0rd|pa\$\$w0rd|p@55w0rd|passw0rd|password1|password12|password123|welcome1|welcome123|admin123|qwerty123|changeme123|letmein1?|abc123)!?$/iu);
const TEMPLATE_VALUE =
  /^(?:ENC\[[^\]\n]{1,200}\]$|ENC\[AES256_GCM,|%[a-z][a-z0-9_]{0,40}(?:\.[a-z0-9_]{1,40}){1,6}%$|%%env_[A-Za-z0-9_]{1,120}%%$|\$\{|\$\(|\{\{|\{%|<%|#\{|%\(|%[A-Z_]+%|\$[A-Za-z_][A-Za-z0-9_]*$|\\?\$[A-Z_][A-Z0-9_]*\\?\$$|@[A-Za-z_][\w.-]{0,80}@$)|process\.env|os\.environ|os\.getenv|getenv\(|System\.getenv|ENV\[|Environment\.GetEnvironmentVariable|import\.meta\.env|env\(|secrets\.[A-Za-z_]|vault:|ssm:|arn:aws:secretsmanager|\{\{\s*secrets/u;
const ANGLE_PLACEHOLDER = /^<[^<>\s]{1,80}>$|^\[[A-Z_:-]{2,80}\]$|^\([A-Z][A-Z0-9_]{2,80}\)$|\[REDACTED[:\]]|<[A-Z][A-Z0-9_]*_\d+>/u;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/u;
const HEX = /^[0-9a-fA-F]{7,128}$/u;
/** Words of a line about hashing; `commit`, not `committed`; a revision, not a firmware version's `Rev.00` (a tracker's `03.27.14.Rev.00`). */
const HASH_CONTEXT_SOURCE = String.raw`hash|commit(?!ted|ment|tee)|digest|checksum|integrity|etag|\brev(?:ision)?\b(?!\.\d)|resolved|\bref\b|\boid\b|fingerprint|md5|blake`;
const HASH_CONTEXT = foldedTest(new RegExp(HASH_CONTEXT_SOURCE, 'iu'));
/** HASH_CONTEXT's words one by one, to see how each is written. */
const HASH_CONTEXT_WORDS = native(new RegExp(HASH_CONTEXT_SOURCE, 'giu'));
/** A word as people write one (`commit`, `COMMIT`, `Commit`, `ETag`), not letters of a random token (`coMMiT`). */
const WRITTEN_CASE = native(/^[A-Z]*[a-z0-9]*$/u);

/**
 * True when the line holds a word about hashing, written as a word: a random token beside the value
 * can spell one in mixed case (`…x7coMMiTq2…` beside a cookie secret in a Vault response).
 */
function hasHashWord(line: string): boolean {
  if (!HASH_CONTEXT(line)) return false;
  HASH_CONTEXT_WORDS.lastIndex = 0;
  for (let m = HASH_CONTEXT_WORDS.exec(line); m !== null; m = HASH_CONTEXT_WORDS.exec(line)) {
    if (WRITTEN_CASE.test(m[0])) return true;
  }
  return false;
}
/**
 * `sha` as a word or a name's part (`sha256:`, `SHA-1`, `git_sha`, camelCase `gitSha`), not inside
 * a word (`sharing`, `marshal`, `Natasha`, `SHADOWFAX_…`): case matters, so apart from HASH_CONTEXT.
 */
const SHA_WORD =
  /(?<![A-Za-z])(?:sha(?:-?\d{1,3})?(?:sums?)?(?![a-z])|Sha(?:-?\d{1,3})?(?![a-z])|SHA(?:-?\d{1,3})?(?:SUMS?)?(?![A-Za-z]))|(?<=[a-z])Sha(?:\d{1,3})?(?![a-z])|(?<=[a-z0-9])SHA(?![A-Za-z])/u;
/** What every SHA_WORD match holds: a cheap test first (SHA_WORD's lookbehinds cost 3 µs a 220-character line). */
const SHA_LETTERS = /[sS][hH][aA]/u;
/** Words that make a hex value on a hashing line the secret key itself (`id-hash-pepper: …`, `hash_secret`). */
// (Or the call that signs with the key: `createHmac('sha256', '…')`, `hash_hmac('sha256', $data, '…')`.)
const PEPPER_OR_KEY = foldedTest(/pepper|hash[_-]?(?:secret|key|salt)|hmac[_-]?(?:secret|key)|md5[_-]?key|createhmac\(|hash_hmac\(|hmac\.new\(|secretkeyspec\(|openssl::hmac\.|hmacsha\d{0,3}\(/iu);
const INTEGRITY = /^(?:sha(?:1|256|384|512)|md5)-[A-Za-z0-9+/]{20,}={0,2}$/u;
/** An SSH or GPG key's fingerprint as `ssh-keygen -l` prints it (`SHA256:WkwjM…`, `MD5:3b:…`): public. */
const KEY_FINGERPRINT = /^(?:SHA256:[A-Za-z0-9+/]{43}=?|MD5:(?:[0-9a-f]{2}:){15}[0-9a-f]{2})$/u;
/** A value as Vault's audit log writes it: an HMAC of the secret, not the secret (`hmac-sha256:9fca…`). */
const HMAC_DIGEST = /^hmac-(?:sha(?:1|224|256|384|512)|md5):[0-9a-fA-F]{16,128}$/u;
/**
 * A key right before the value that names a credential (`….auth-token=`, `"api_key": "`): the value is
 * that credential whatever else the line says (Spring's `resolved property ….twilio.auth-token=…`).
 */
const KEY_BEFORE = native(/([\w./-]{1,60})["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/u);
const SECRET_KEY_END = native(/(?:token|secret|password|passwd|api[-_.]?key|auth[-_.]?key)$/iu);
/** (Unless the key itself is about hashing: Helm's `checksum/secret:` annotation holds a digest.) */
function isSecretKeyBefore(text: string, start: number): boolean {
  const key = KEY_BEFORE.exec(text.slice(Math.max(0, start - 70), start))?.[1];
  return key !== undefined && SECRET_KEY_END.test(key) && !hasHashWord(key);
}

/**
 * The value's line, at most 160 characters before it and 60 after: where a hash's key stands
 * (`sha256: …`, `"integrity": "…"`, `commit … (abc123)`). Bounded tighter than a whole line, because a
 * minified line full of hex values would cost a 1 KB regex pass per value.
 */
function lineAround(text: string, start: number, end: number): string {
  return text.slice(lineStartWithin(text, start, 160), lineEndWithin(text, end, 60));
}

function foldAsciiCase(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** True when the value is a run of one or two characters, or an ascending/descending sequence. */
export function isSequentialOrRepetitive(value: string): 'low-entropy' | 'sequential' | undefined {
  const n = value.length;
  if (n < 6) return undefined;
  // distinct characters, counted up to 5 (that is all the decision needs)
  const seen: number[] = [];
  let steps = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (seen.length < 5 && !seen.includes(c)) seen.push(c);
    if (i > 0) {
      // Steps compare letters without case: `ABCdefGhIJ` runs through the alphabet too.
      const d = foldAsciiCase(c) - foldAsciiCase(value.charCodeAt(i - 1));
      if (d === 1 || d === -1) steps++;
    }
  }
  if (seen.length <= 2) return 'low-entropy';
  if (steps / (n - 1) >= 0.7) return 'sequential';
  if (seen.length <= 4 && n >= 12) return 'low-entropy';
  return isSequenceAfterPrefix(value) ? 'sequential' : undefined;
}

/**
 * Two sequences woven together, after a prefix word: a fixture's `test_7a6b5c4d3e2f1a0b…`, whose
 * digits count down in one strand and letters in the other (`a1b2c3d4e5f6…` too). Each character
 * steps by one from the one two before it at seven of ten places or more; a random value's do at
 * about one in eight.
 * Or a prefix word and then a counting run (a guide's `llk_pub_0123456789abcdef0123`, whose prefix
 * dilutes the run below the whole value's threshold): each character steps by one from the one
 * before it at seven of ten places or more.
 */
function isSequenceAfterPrefix(value: string): boolean {
  const cut = Math.max(value.lastIndexOf('_'), value.lastIndexOf('-')) + 1;
  if (value.length - cut < 12) return false;
  return stepRatio(value, cut, 2) >= 0.7 || (cut > 0 && stepRatio(value, cut, 1) >= 0.7);
}

/** The share of characters from `from` on that step by one (case folded) from the one `stride` places before. */
function stepRatio(value: string, from: number, stride: number): number {
  let steps = 0;
  for (let i = from + stride; i < value.length; i++) {
    const d = foldAsciiCase(value.charCodeAt(i)) - foldAsciiCase(value.charCodeAt(i - stride));
    if (d === 1 || d === -1) steps++;
  }
  return steps / (value.length - from - stride);
}

/** Whether a text holds a base64 data URI anywhere (most texts don't). */
const hasDataUri = perText((text) => text.includes(';base64,'));

/** True when the match sits inside a `data:<mime>;base64,` URI on its line. */
function isInDataUri(text: string, start: number): boolean {
  if (!hasDataUri(text)) return false;
  const from = lineStartWithin(text, start, 4096);
  const window = text.slice(from, start);
  const idx = window.lastIndexOf('data:');
  if (idx === -1) return false;
  const b64 = window.indexOf(';base64,', idx);
  // base64 body between the header and the match: A-Z a-z 0-9 + / = only
  return b64 !== -1 && /^[A-Za-z0-9+/=]*$/u.test(window.slice(b64 + 8));
}

/** Documentation hosts (RFC 2606/6761): `https://user:pass@example.com` is a sample, not a credential. */
const EXAMPLE_HOST = /^@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid))(?![\w.-])/iu;

/** True when the value is the password of a URL whose host is a documentation host. */
function isCredentialForExampleHost(text: string, end: number): boolean {
  return text.charCodeAt(end) === 64 /* @ */ && EXAMPLE_HOST.test(text.slice(end, end + 120));
}

/**
 * SHA-256 of the credentials that protocol specifications publish as worked examples (OAuth 2.0
 * RFC 6749/6750, OAuth 1.0 RFC 5849, HTTP Basic RFC 7617). Library docs and tests copy them
 * verbatim; they grant nothing. Kept as hashes so the samples themselves stay out of the source.
 */
const DOCUMENTED_SAMPLE_SHA256 = new Set([
  '6c96130f130ab0d6d158397e24d2bcc1c9a5e73ae081f6e983f1c7b545d24a4c',
  '00cf4c781dc37003f7c7dd7d4c9a6ef1e0f4c62d9a291aa8bc398774e3fefd32',
  'a35b81a7d7927b70ec99270dd2362b88580a28574af812f2c02f56469579186f',
  'ca7459e2b26776de081b9a07e40227fd6cff232a1e3233ff6b6aa6d036ca9981',
  '53f5da0aaa93d64cd5772c554cbf940f0539e689dddbeb8f923eec3f72c02ea9',
  '293257ab6495ebb11cf9e4aee0686ca30df8de2ab8d251f2cbbcf177bdfcae91',
  'cb87c87e4a138d9a72259d2a01bab15623c9846e568c1509b287721645a6ea53',
  '4c20e6f5cc11b93731e74cbe20739821d61c3563c9f50ecb884a27cd369f01fb',
  '6aa14267d94944e6b6483c81f5ad37f87bbc7e88aa368d4aba1e71e0b79cd8c4',
  'bb9b1163338b2a51495834ad5c65420443d6327381cf0f94ebf92b117f209d72',
  '649e1f5c769e718ba10d1a702a36499a731441d960b06da91c4c97786bf84595',
  '5586407997f5e8492fa0d6d310460386c80cc3542de6c876f75582bc219d4b82',
  '8d567eb88afff34f31ab97fbb2731e582703bdeaf3c92b989cf568e0b23cef31',
  '9d03b692e941d5ace207a9f8048834439f6de98e5c6c1590c22c4f4577c88a42',
  'cf4d418ed3de92d71f767db5391d5a2dacd40e1ce49e75d1137e2ecf4982d844',
  'b8e148545b13c78bc74da2f1a7275dd71e56ddece129d7d2f7b3ecc06f7994da',
]);

/**
 * Vendors' own documentation samples that pass their rule's format checks: Telegram's bot API
 * sample token, Azurite's well-known storage account key, Stripe's docs test key, Slack's sample
 * bot token, the Secret Key in 1Password's service-account sample, the TOTP seed of the key-URI
 * format's documentation, Safaricom's sandbox passkey, PayU's public sandbox POS keys, gcloud's installed-app client secret, Redsys's test merchant secret, Binance's documented API key and secret, PhonePe's UAT salt key, a local Supabase stack's JWT secret, reCAPTCHA's test secret key, OPPWA's public test user, PayFast's shared sandbox merchant, SQL Server's quickstart SA passwords. Checked for every secret rule,
 * so a cheap signature (length and first four characters) gates the hash.
 */
const VENDOR_SAMPLES: ReadonlyMap<string, string> = new Map([
  ['44:1102', '0b5dd075ccdd03c42f4edda8e299e6838e2a75d3486a2a8d86940ed1541e9178'],
  // the token format's own example on the Bot API's introduction ("123456:ABC-DEF…")
  ['41:1234', '731fa294d036e54f19df879bfcd4fe72d967dc6327800c5f74a48414a3f258c9'],
  ['88:Eby8', '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059'],
  ['32:sk_t', '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326'],
  ['53:xoxb', '2ddc147f3a3b5a1722b8ed6be3c45c49a7156b17fca5d11410137a6d04def6eb'],
  ['40:A3-C', '4861b7d682dcbc5a83cc31d7559004e645ff52ad8eb7b7a94e27192280dd25d3'],
  // the TOTP seed of Google Authenticator's key-URI documentation, copied into every 2FA tutorial
  ['16:JBSW', '8be5d113c0871ce1a122d68a7dff940ab7b09ad8dfcfd9a85aa5c1acc026279e'],
  // the Lipa na M-Pesa Online passkey of Safaricom's Daraja sandbox (shortcode 174379)
  ['64:bfb2', '6b933448d12f658cae3204515c314d7745b132307854ba107b16922825446b73'],
  // and the B2C initiator password of the same sandbox (its test credentials page prints it)
  ['15:Safa', '984e4430cfe039a979e20c6e695c054a7b902833fe109c182c6bbb745a67f763'],
  // the second keys (MD5) and OAuth client secrets of PayU's public sandbox points of sale (PLN and BGN)
  ['32:b6ca', '004a67d07e35a39504d58bbfb89108319f864b1cfeb6015d82de14af1855080c'],
  ['32:2ee8', '9f7c1018c1a464ffff7ed4ed3e7c88be5655a701cfc6e05b8d4d8420fbe084db'],
  ['32:87f4', '7b05e149bf7d1454e1a4dddde691e0792e66466d5b1385ed2909c096ebc9f859'],
  ['32:89e2', '900af36cf975225adbc642eb734bad9973c1f4e6b6ea1d3db53d9d5676e8860f'],
  // the OAuth client secret of Google Cloud SDK's installed-app client (gcloud ships it; Google's docs call such secrets not confidential)
  ['24:d-FL', 'f0386f9be1fe905fb2f97a8daff11a9baa9988ceca7c2ecae4aec8db182db1b4'],
  // OpenSSL's FIPS provider's integrity-check key (FIPS_KEY_STRING in fipskey.h, in every OpenSSL tree and Node.js's headers)
  ['64:f455', 'd0720d84879472284611dc023d47fc39cf655d377117a9fb879c7da7ec807e6b'],
  // the merchant secret of Redsys's test environment (its integration guides and every Spanish shop plug-in print it)
  ['32:sq7H', '009dec741715adaa731d5383fad6624065f5d1ff88a0f176defd4174956007d0'],
  // the API key and secret of Binance's spot API documentation (its HMAC signing example; every exchange client's tests copy them)
  ['64:vmPU', '5ba1ed8425baaa72d558afddb8aaacdfe29ad0dc1a44dae76640127e83626d29'],
  ['64:NhqP', '23e9efa3ced6e70c7f2dbe0d08295f18f94b0cbd5c6026677e3bc51897ee31f2'],
  // the salt key of PhonePe's public UAT environment (its integration docs and every plug-in's sandbox settings print it)
  ['36:099e', '2787291fb730f0f10a9171e9b309bcbfd724fcce45269c7a0565bd517c119e47'],
  // the JWT secret of a local Supabase stack (`supabase start` prints it; the CLI's default for every developer)
  ['55:supe', 'a064b502e61d27e94b8717290e5e1b32e36720e9fbdf952ec81a84c07128cb37'],
  // the secret key of Google reCAPTCHA's automated-test keys (its FAQ publishes it: every answer passes)
  ['40:6LeI', 'f5e95c9954635b65acab57e6d5ea663eb900f06dc8794a90358f5abb1c77d4e0'],
  // the public test user of ACI's Open Payment Platform (OPPWA, Peach Payments' and PAYON's test.oppwa.com): its bearer token and password
  ['56:OGE4', 'ce4896ec0443eb101981592c168c0e0e8f5015e134641ca35c53f4ec9c68bef8'],
  ['8:sy6K', 'c549c51d877f88314e9cb1bc0515124ba202aabd0b2a24e33380cce2fa475e15'],
  // the merchant key and passphrase of PayFast's shared sandbox merchant (10000100), in its docs and every plug-in
  ['13:46f0', 'eed43d2224c7b3a987da2eef66a9bf22fdb08ae243801b2b45114b67f4676fd5'],
  ['12:jt7N', 'b9ac2c90a61f62c5da3647a15aa3b13d297e45dde1a23a53c87c28cb6f03631e'],
  // the SA passwords of Microsoft's SQL Server container quickstarts (`MSSQL_SA_PASSWORD=…` in its docs and every compose file that copies them)
  ['21:your', '1c3d6188abe600bce2404e8c462e117cd621a7b0b897173b6c0c187fa01d9e1b'],
  ['19:Your', 'aa28c9af739fd0e124bea90eaa3076226a16fb21c26cf80db821a341e4601fc5'],
]);

/** A value's tail cut for display: three dots or an ellipsis, and maybe a note of the cut (`…<truncated>`, `...[snip]`). */
const CUT_SHORT = native(/[A-Za-z0-9+/=_-](?:\.{3}|…)(?:<(?:truncated|snip|cut)>|\[(?:truncated|snip|cut)\]|\((?:truncated|snip|cut)\))?$/iu);

/** True when the value is a vendor's published sample credential (see VENDOR_SAMPLES): also for the rules that skip the shared filters. */
export function isVendorSample(value: string): boolean {
  const hash = VENDOR_SAMPLES.get(`${value.length}:${value.slice(0, 4)}`);
  return hash !== undefined && sha256Hex(value) === hash;
}

/** The last value isDocumentedSample hashed, and its answer: a text repeats its values (a `.env` copied into three files, a token on every line of a log). */
let lastSampleValue = '';
let lastSampleAnswer = false;

/** True when the value is one of the specifications' published sample credentials. */
function isDocumentedSample(value: string): boolean {
  if (value.length < 10 || value.length > 40) return false;
  if (value !== lastSampleValue) {
    lastSampleAnswer = DOCUMENTED_SAMPLE_SHA256.has(sha256Hex(value));
    lastSampleValue = value;
  }
  return lastSampleAnswer;
}

/**
 * True for digits with the separators people write numbers with, at least one digit not zero and
 * no run of four dots: none of the placeholder or template patterns can match such a value.
 */
function isWrittenNumber(value: string): boolean {
  let nonZero = false;
  let dots = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    dots = c === 46 ? dots + 1 : 0;
    if (dots >= 4) return false;
    if (c >= 49 && c <= 57) nonZero = true;
    // 0-9 space ( ) + , - . /
    else if (!(c === 48 || c === 32 || c === 40 || c === 41 || c === 43 || c === 44 || c === 45 || c === 46 || c === 47)) return false;
  }
  return nonZero;
}

/**
 * The shared false-positive filters, applied after a rule matched and validated, independent of
 * the rule: placeholders, template and environment references, vendors' documented example keys,
 * UUIDs, hashes, data URIs, low-entropy and sequential values.
 */
/** The text before a shell default: `${NAME:-`, `${NAME-`, `${NAME:=`, or `${NAME:` when the value itself starts with the `-`. */
const SHELL_DEFAULT_BEFORE = /\$\{[A-Za-z_][A-Za-z0-9_]{0,80}(?::?[-=]|:)$/u;

export function toFalsePositiveReason(rule: Rule, value: string, ctx: MatchContext): FalsePositiveReason | undefined {
  // A written number (card, id, phone) can't be a placeholder or a template: skip those patterns.
  if (!isWrittenNumber(value)) {
    if (ANGLE_PLACEHOLDER.test(value)) return 'placeholder';
    if (native(ONLY_FILLER).test(value) || TEXTBOOK_PASSWORD.test(value)) return 'placeholder';
    if (PLACEHOLDER_WORDS(value) || PLACEHOLDER_WORDS_ABROAD.test(value)) return 'placeholder';
    if (native(TEMPLATE_VALUE).test(value)) return 'template-reference';
    // A word as a shell default inside an environment reference, which a generic rule reads as the
    // value: `${POSTGRES_PASSWORD:-agendia}` (docker-compose's dev defaults). Not a token there:
    // `${GRAFANA_TOKEN:-glsa_…}` is a real one, and a provider's rule reports it.
    // So is a required variable's message: `${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}`.
    const inReference = value.startsWith('?') || (/^[-=]?[a-z][a-z0-9_]{0,30}$/u.test(value) && ctx.text.charAt(ctx.end) === '}');
    if (rule.generic && inReference && SHELL_DEFAULT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))) return 'template-reference';
  }
  if (rule.category === 'secret') {
    // A value cut short for display, its tail written as three dots (`AgBy3i4OJSWK+PiT...`, a sealed
    // secret quoted in a review, a console's truncated column): not the whole credential.
    // (Also with a note of the cut glued on: `eyJ0eXAiOi...<truncated>`, `…[truncated]`.)
    if (rule.generic && value.length >= 12 && CUT_SHORT.test(value)) return 'placeholder';
    // (So is one the text cuts right after it, a log's `token=eyJhbGciOi…(truncated)`.)
    if (rule.generic && value.length >= 12 && /^(?:…|\.{3})/u.test(ctx.text.slice(ctx.end, ctx.end + 3))) return 'placeholder';
    // (AWS's documentation also glues a lower-case `example` to the end: `…CezaRdGtexample`.)
    if (/EXAMPLE/u.test(value) || /(?:^|[^a-z])example(?:[^a-z]|$)|[A-Za-z0-9]example$/iu.test(value)) return 'vendor-example';
    if (isCredentialForExampleHost(ctx.text, ctx.end)) return 'vendor-example';
    // the published samples are bearer, basic and OAuth values: only generic rules match them
    if (rule.generic && isDocumentedSample(value)) return 'vendor-example';
    if (isVendorSample(value)) return 'vendor-example';
    if (isSelfDeclaredStandIn(value)) return 'placeholder';
    if (UUID.test(value) && rule.acceptsUuid !== true) return 'uuid';
    if (INTEGRITY.test(value) || HMAC_DIGEST.test(value) || KEY_FINGERPRINT.test(value)) return 'hash';
    // (A pepper or an HMAC key is hex and sits on a line about hashing, and is the secret itself.)
    if (HEX.test(value)) {
      const line = lineAround(ctx.text, ctx.start, ctx.end);
      if ((hasHashWord(line) || (SHA_LETTERS.test(line) && SHA_WORD.test(line))) && !PEPPER_OR_KEY(line) && !isSecretKeyBefore(ctx.text, ctx.start)) return 'hash';
    }
    const seq = isSequentialOrRepetitive(value);
    if (seq) return seq;
    if (TEST_VECTOR_LINE(lineAround(ctx.text, ctx.start, ctx.end))) return 'test-vector';
    if (value.length >= 64 && CIPHERTEXT.test(value) && hasEncryptedMarker(ctx.text) && ENCRYPTED_FILE.test(ctx.text.slice(Math.max(0, ctx.start - 4000), ctx.start))) return 'encrypted';
    if (JENKINS_SECRET.test(value)) return 'encrypted';
    if (MAVEN_ENCRYPTED.test(value) && MAVEN_PASSWORD_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 10), ctx.start))) return 'encrypted';
  }
  if (isInDataUri(ctx.text, ctx.start)) return 'data-uri';
  if (isHistoryTimestamp(value, ctx)) return 'timestamp';
  if (rule.category === 'pii' && isMaskedPart(ctx.text, ctx.start, ctx.end)) return 'masked';
  return undefined;
}

/**
 * A shell history's timestamp line (`#1709951838` before each command, as bash writes its history
 * with HISTTIMEFORMAT set): ten digits of Unix time alone on a line after `#`, no number of anyone's.
 */
function isHistoryTimestamp(value: string, ctx: MatchContext): boolean {
  const { text, start, end } = ctx;
  if (value.length !== 10 || text.charCodeAt(start - 1) !== 35 || !/^1\d{9}$/u.test(value)) return false;
  const before = text.charCodeAt(start - 2);
  const after = text.charCodeAt(end);
  return (Number.isNaN(before) || before === 10) && (Number.isNaN(after) || after === 10 || after === 13);
}

/**
 * Mask characters run into the value's end or start: `user=sanna.****vist`, `+46 70 ●●● 12 34`.
 * Not an X12 segment's empty elements before a qualifier (`NM1*IL*1*DOE*JOHN****MI*…~`): stars
 * that end in a short code and another star separate elements.
 */
const MASK_AFTER = /^(?:\*{2,}(?![A-Z0-9]{1,3}\*)|[•●]{2,}|[xX]{4,})[\p{L}\p{N}]/u;
const MASK_BEFORE = /[\p{L}\p{N}](?:\*{2,}|[•●]{2,})$/u;
/** A word of three stars or more after a space, then the cell's or the line's end. */
const MASKED_WORD_AFTER = /^[ \t]\*{3,}(?=["',;|\t\r\n)]|$)/u;
/** Three stars or more that end the value's cell or line: an id shown by its first digits only (`2670418*******,`). */
const MASKED_TAIL = /^\*{3,}(?=["',;|\t\r\n )\]]|$)/u;

/**
 * True when the match is the visible part of a masked value: its rest is stars or dots joined to
 * it, with more of the value after them (so not markdown's `**bold**`, which a space or a line end
 * follows). A log or an export that masks a login or a number has already removed the personal data.
 */
function isMaskedPart(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  if ((after === 42 || after === 0x2022 || after === 0x25cf || after === 120 || after === 88) && native(MASK_AFTER).test(text.slice(end, end + 12))) return true;
  if (after === 42 && native(MASKED_TAIL).test(text.slice(end, end + 40))) return true;
  // (Or the value's other words masked whole after a space: a name cell `"Jonathan ***"`.)
  if ((after === 32 || after === 9) && text.charCodeAt(end + 1) === 42 && MASKED_WORD_AFTER.test(text.slice(end, end + 12))) return true;
  const before = text.charCodeAt(start - 1);
  return (before === 42 || before === 0x2022 || before === 0x25cf) && native(MASK_BEFORE).test(text.slice(Math.max(0, start - 12), start));
}
