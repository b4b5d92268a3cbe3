import { defineRule, fake } from '../defineRule';
import { CREDENTIAL_WORD, NOT_A_SECRET_KEY, UUID_SOURCE, isCredentialNamedIdentifier, isFollowedByCode, isLiteralSecretValue, isPaymentObjectId, isPublicClientKey, isRandomToken, isSecretKey, looksLikeWords, toMatchedKey } from './_generic';
import { native } from '../../scan/nativeRegex';
import { TYPED_ASSIGN } from './_keyedValue';
import { columnHeader } from '../pii/_context';
import { APNS_TOKEN_SHAPE } from './apns-device-token';

/** Where the identifier that ends at `end` starts: up to 40 word characters, dots or dashes back. */
function keyStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 40 && isKeyChar(text.charCodeAt(i - 1))) i--;
  return i;
}

/** `[\w.-]` */
function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
}

/** A Confluent Cloud API key's id: 16 upper-case letters and digits. */
/** A device's push token key (`pushToken`, `device_token`, `apns_token`): a phone's push address, or an IoT device's credential. */
const PUSH_TOKEN_KEY = native(/(?:push|device|apns|registration)[_.-]?token$/iu);

const CONFLUENT_KEY_ID = /^[A-Z0-9]{16}$/u;

/** An order object's tokens of its cart and its checkout (Shopify's order webhooks). */
const ORDER_TOKENS = /"(?:cart_token|checkout_token)"[ \t]*:/u;

/**
 * Any other `<name>_key`, `<NAME>-KEY`, `<name>.key` (the pattern's last branch): a secret when
 * its value is a random token, unless the name says the key looks something up (`cache_key`,
 * `idempotency_key`, `partition_key`) or is public by design (`site_key`, reCAPTCHA's). A `cookie_key`
 * is what a shop signs or encrypts its cookies with (PrestaShop's, an Express app's), a secret.
 */
const LOOKUP_KEY =
  /(?:cache|sort|partition|primary|foreign|unique|composite|natural|surrogate|idempotency|idempotence|dedup|dedupe|aggreg|aggregation|grouping|incident|request|correlation|trace|message|event[_.-]?type|object|row|hash|range|lookup|map|dict|i18n|translation|locale|lang|site|recaptcha|captcha|storage|bucket|s3|file|path|ssh|gpg|pgp|kms|public|pub|nonce|lock|queue|topic|shard|group|sequence|cursor|page|search|index|registry|redis|memcache|store|state|list|item|node|field|column|table|record|entry|attribute|config|setting|feature|flag|tenant|order|product|sku|cart|session|form|widget|component|react|vue|route|menu|tab|label|icon|color|theme|style|template|view|schema|model|type|kind|name|slug|uuid|guid|ref|reference|external|foreign|api[_.-]?key[_.-]?name)[_.-]?key$/iu;
/**
 * Words of letters joined by hyphens or spaces (`Zwei-Faktor-Geheimnis`). Native: a bytecode compile of `\p{L}` is
 * 55 KB of V8's 1 MB budget (see nativeRegex.ts).
 */
const LETTER_WORDS = native(/^\p{L}+(?:[- ]\p{L}+)+$/u);

/** 32 or 64 bytes in base64 (`…=`, `…==`): a symmetric key as Azure writes its keys (an Event Grid topic's, a storage account's). */
const SYMMETRIC_KEY_B64 = /^(?:[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{86}==)$/u;

/** Lookup-key words that also name an Azure resource's own access key (`StorageKey`, `EventGrid__TopicKey`, `primaryKey`). */
const AZURE_KEY_OWNER = /primary|secondary|storage|account|topic/iu;

/**
 * A salt or a hash that is a shared secret, whose last word isSecretKey reads as a public one: a merchant's salt, a webhook's
 * verification hash, the salt a pipeline pseudonymises ids with (whoever has it can hash a phone number and find its row), an
 * Agora project's app certificate.
 */
/** Lower-case words joined by hyphens, three parts or more, the last one maybe a number: a name (`acme-quizzes-513`), not a random key. */
const KEBAB_NAME = native(/^[a-z]{1,12}(?:-[a-z]{1,12}){1,5}-(?:[a-z]{1,12}|\d{1,6})$/u);

const NAMED_SALT_OR_HASH = native(/(?:(?:merchant|hash|pseudonym|pseudonymi[sz]ation|anon(?:ymi[sz]ation)?|hmac|secret|pii|report|id)[_.-]?salt|(?:webhook|secret|verif)[_.-]?hash|app[_.-]?certificate)$/iu);

/**
 * A code reference as the value: an enum member or a property path whose every part is made of words in
 * camelCase, PascalCase or UPPER_SNAKE (digits only at a word's end) (`BrowserPerformanceEvents.AsymmetricEarConcatKdf`,
 * `PublicApiId.SIGN_UP_START`), as a source map's `names` list or an enum table writes them after a
 * `…Secret` or `…Key` entry. A token's parts are random (a JWT's signature mixes cases and digits).
 */
const CODE_REFERENCE = native(/^(?:[A-Z][a-z]+\d*)+(?:\.(?:(?:[A-Z][a-z]+\d*)+|[a-z]+\d*(?:[A-Z][a-z]+\d*)*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*))+$/u);

const QUOTED_TYPE_PATH_BEFORE = /["'][A-Za-z][A-Za-z0-9]*(?:::[A-Za-z][A-Za-z0-9]*)*::$/u;

/** A key file's path (`keys/as2/partner_signing.key`), or a storage object's key, a path to a photo or a document (`pod_photo_key: 2024/11/18/<uuid>.jpg`). */
const FILE_PATH_VALUE = native(/^[\w.-]+(?:\/[\w.-]+)+\.(?:key|pem|crt|cer|p12|pfx|jks|json|der|asc|gpg|jpe?g|png|gif|webp|heic|tiff?|pdf|mp4|mov|webm|csv|xlsx?|docx?|zip)$/u);

/** An ARN up to a resource type, right before the key: `arn:aws:secretsmanager:us-east-1:123456789012:`. */
// (An IAM policy's resource writes `*` for the region and the account: `arn:aws:secretsmanager:*:*:secret:AmazonDataZone-*`.)
const ARN_BEFORE = /(?:arn:(?:aws[\w-]{0,12}|\*)|aws:arn):[\w-]{1,40}:[\w*-]{0,30}:(?:\d{0,12}|\*):[\w/-]{0,60}.$/u;

/**
 * A name in code or a schema, as the value: one identifier or a path of them whose parts read as words
 * (`ReservedInstancesModifications` under a paginator's `result_key`, `fs.s3.consistent.retryPeriodSeconds`
 * under `…_PERIOD_KEY`, `serverlessrepo:applicationId`, `AWS::CloudFormation::Module`): words of five
 * letters or more on average, each with a vowel. A random token's case changes cut its letters into short
 * pieces, and it carries digits.
 */
const NAME_PATH = native(/^[A-Za-z_][A-Za-z0-9_]*(?:(?:::|[.:/-])[A-Za-z_][A-Za-z0-9_]*)*$/u);
function isWordyName(value: string): boolean {
  if (!NAME_PATH.test(value) || value.replace(/\D/gu, '').length > 2) return false;
  // camelCase, PascalCase and UPPER words; a random string's case changes make them short
  const humps = value.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+/gu) ?? [];
  const words = humps.filter((h) => h.length >= 2);
  if (words.length < 2 || (humps.length - words.length) * 3 > humps.length) return false;
  let letters = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (/[bcdfghjklmnpqrstvwxz]{5}/u.test(lower) || (w.length >= 4 && !/[aeiouy]/u.test(lower))) return false;
    letters += w.length;
  }
  return letters / words.length >= 5;
}

/** A comma between the key word and the value, as between two cells. */
const CELL_SEPARATOR_END = native(/,[ \t]*N?["'`]?$/u);
/** A column that names, numbers or digests a secret rather than holding it. */
const ID_COLUMN_END = native(/(?:^|[ _-])(?:id|name|type|kind|hash|sha256|digest|prefix|last4)$/u);

/** The next parameter of a URL's query inside a bare value (`&billing_date=`). */
const QUERY_PARAMETER_AFTER = native(/&[A-Za-z_][\w.-]{0,40}=/u);
/** A URL's path that unsubscribes a mailbox (`/newsletter/unsubscribe`, `/abmelden`, `/opt-out`). */
const UNSUBSCRIBE_PATH = native(/(?:unsubscribe|opt-?out|abmelden|afmelden|afmeld|avregistrer|avmeld|d[ée]sinscri|d[ée]sabonnement|darse-de-baja)[^\s"'<>?]*$/iu);

/** Whether the key at `at` is a parameter of a URL query whose path unsubscribes a mailbox (UNSUBSCRIBE_PATH). */
function isInUnsubscribeQuery(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  const q = before.lastIndexOf('?');
  if (q === -1 || /[\s"'<>]/u.test(before.slice(q))) return false;
  return UNSUBSCRIBE_PATH.test(before.slice(0, q));
}

/** A UUID and nothing else. */
const UUID_ONLY = native(new RegExp(`^${UUID_SOURCE}$`, 'u'));

/** The pattern's last two branches, a key named only by its `_key` or `_auth` suffix (see the validator). */
const BARE_KEY = native(/^(?:key|auth)(?:[_.-]?(?:id|value|string|b64|base64|hex|base|fallback|default|primary|secondary|backup|legacy|old|new|next|current|previous|prev|rotated|v?[1-9]))?\W*$/iu);

export default defineRule({
  id: 'generic-api-key',
  category: 'secret',
  description: 'High-entropy value assigned to a key, token or secret',
  generic: true,
  keywords: ['key', 'token', 'secret', 'credential', 'auth', 'hmac', 'bearer', 'pepper', 'merchant_salt', 'merchantsalt', 'merchant-salt', 'merchant.salt', '_salt', 'app_certificate', 'appcertificate', '_hash', 'hash=', 'otp_seed', 'otp-seed', 'otpseed', 'checkword', 'check_word', 'check-word'],
  // the match starts at the key word (client_secret starts 7 chars before 'secret')
  window: { before: 16, after: 280 },
  // After the keyword: the rest of the key's name and a suffix (`auth` + `_key` + `_base64`), up to
  // two quotes or brackets and 32 blanks, then the operator; or the keyword ends with it (`hash=`).
  keywordFollowedBy: /(?<=[=:])|[\w.\-"'\]\\ \t]{0,60}[=:,?]/uy,
  // a key whose name ends in api key / access key / token / secret / credential(s) / auth (the match
  // starts at that word, the rest of the key is read in validate), an assignment, then a quoted
  // (group 2) or bare (group 3) value. The assignment may carry a string type (`: str =`, `: &[u8] =`: TYPED_ASSIGN), the quote a
  // bytes prefix (`b"…"`, Python and Rust), the value Laravel's `base64:` prefix or a call that decodes
  // it (`bytes.fromhex("…")`, `Buffer.from("…", "hex")`). A payment provider's merchant key and
  // salt (PayTR's) and a webhook's verification hash (Flutterwave's) are named for themselves, and so
  // is SF Express's API secret, its `checkword`.
  pattern: new RegExp(
    String.raw`(?:api[_. -]?key|apikey|access[_. -]?key|secret[_. -]?key|consumer[_.-]?key|bearer|(?:routing|integration|license|app|admin|service)[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|(?:validation|decryption|fernet|aes|cipher)[_.-]?key|master[_.-]?key|merchant[_.-]?(?:key|salt|secret)|(?:hash|pseudonym|pseudonymi[sz]ation|anon(?:ymi[sz]ation)?|hmac|secret|pii|report|id)[_.-]?salt|app[_.-]?certificate|(?:redis|db|database|cache|smtp|proxy|sasl|broker|mqtt|amqp|kafka|docker|dockerhub|registry|npm|nexus|artifactory|jfrog|harbor|quay|ghcr|gitlab|github|git|upstream)[_.-]?auth|(?:webhook|verif)[_.-]?hash|client[_.-]?secret|app[_.-]?secret|secret(?:[_.-]?hash)?|token|auth[_.-]?key|h?mac[_.-]?(?:key|secret)|credentials?|api[_.-]?secret|pepper|check[_.-]?word|(?:t?otp|mfa|2fa)[_.-]?seed|key(?<=[a-z0-9](?:__|[_.-])?key)|auth(?<=[a-z0-9][_.-]auth))(?:[_.-]?(?:id|value|string|b64|base64|hex|base|fallback|default|primary|secondary|backup|legacy|old|new|next|current|previous|prev|rotated|v?[1-9]))?(?:\\?["'\]]){0,2}[ \t]{0,32}(?:=>|:=|\?\?=|=|,(?<=["'][ \t]{0,32},)(?=[ \t]{0,3}\\?b?["'\x60])|${TYPED_ASSIGN}|:)[ \t]{0,12}(?:(?:bytes\.fromhex|bytearray\.fromhex|unhexlify|Buffer\.from|hex\.DecodeString|\[\]byte)\([ \t]{0,2})?(?:\\?b?(["'\x60])(?:base64:)?([A-Za-z0-9_\-+/=.~:!@#$%^&*()?<>[\]{}|;,]{16,512})\\?\1|(?:base64:)?([A-Za-z0-9_\-+/=.~!@#%^&*]{16,512})(?![\w\-+/=.~!@#%^&*]))`,
    'giu',
  ),
  secretGroup: [2, 3],
  validate: (s, ctx) => {
    const m = ctx.match;
    const full = m[0];
    // A tool's registration name in kebab case, words and a number (an LTI tool's consumer key `acme-quizzes-513`): an id, no key.
    if (KEBAB_NAME.test(s)) return false;
    // A resource's name inside an AWS ARN (`arn:aws:secretsmanager:…:secret:prod/api/env-y2eGOs`) names a secret, it is none.
    if (ARN_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 120), m.index + 1))) return false;
    // A key word inside a table's or an SQL tuple's cell (`'stripe-restricted-key', 'kid_…'`): when
    // the next cell's column names an id, a name or a digest (`key_id`), that is what it holds. (A
    // key-value table's value column, `('govpay.api_key', '…')` under `v`, takes the key cell's word.)
    if (CELL_SEPARATOR_END.test(ctx.text.slice(m.index, ctx.start))) {
      const header = columnHeader(ctx);
      if (header !== undefined && ID_COLUMN_END.test(header)) return false;
    }
    const keyStart = keyStartBefore(ctx.text, m.index);
    // A quoted type name ending in a key word (`"AWS::IAM::AccessKey": "62d91b17309e76c8"`, a schema's hash of it) names a type.
    if (QUOTED_TYPE_PATH_BEFORE.test(ctx.text.slice(Math.max(0, keyStart - 60), keyStart))) return false;
    const head = ctx.text.slice(keyStart, m.index);
    const key = head + toMatchedKey(full);
    // (A CSRF token guards one form: it does not authenticate.)
    // (Keys that client apps embed by design: Pusher's app key (its secret is PUSHER_APP_SECRET),
    // Mixpanel's project token.)
    // (The key without its closing quote and bracket: `manifestPlaceholders["kakaoNativeAppKey"]`.)
    if ((!isSecretKey(key) && !NAMED_SALT_OR_HASH.test(key.replace(/["'`\]\s]+$/u, ''))) || NOT_A_SECRET_KEY.test(key.replace(/["'`\]\s]+$/u, ''))) {
      return false;
    }
    // A Shopify order's own `token` (the order object names its cart's and checkout's tokens beside it): an id in a webhook's payload.
    if (/^["']?token["']?$/u.test(key.trim()) && ORDER_TOKENS.test(ctx.text.slice(Math.max(0, ctx.start - 3000), ctx.end + 3000))) return false;
    const quoted = m[2] !== undefined;
    const value = (quoted ? m[2] : m[3]) ?? '';
    // The last branch: a key named only by its `_key` suffix asks more of its value.
    // (So does any other `<name>_auth`, `loki_auth`: the last branch.)
    const bareKey = BARE_KEY.test(toMatchedKey(full));
    // (A camelCase name ends in `Key` with its capital, `matchServerKey`: not `monkey`, `turkey` or `SERVERKEY`.)
    if (bareKey && /^key/iu.test(full) && /[A-Za-z0-9]/u.test(ctx.text.charAt(m.index - 1)) && !/^[a-z0-9]Key/u.test(ctx.text.slice(m.index - 1, m.index + 3))) return false;
    const keyName = key.replace(/["'`\]\s]+$/u, '');
    // A key its own name calls an example or a stand-in (`docsExampleKey`, `dummy_api_key`, `FAKE_TOKEN`).
    if (/example|dummy|fake|placeholder|mock/iu.test(keyName)) return false;
    // (A `primaryKey` holding 32 bytes in base64 is an IoT hub's or a DPS enrollment's symmetric key, no table's; a
    // `STORAGE_KEY` holding 64 bytes a storage account's, an Event Grid `TopicKey` holding 32 the topic's.)
    if (bareKey && ((native(LOOKUP_KEY).test(keyName) && !(AZURE_KEY_OWNER.test(keyName) && SYMMETRIC_KEY_B64.test(value))) || value.length < 20)) return false;
    // (A bare value in a URL's query runs on over the next parameters, `token=<uuid>&billing_date=…&signature=…`:
    // its own part ends at the `&`, and a UUID or a short id there is no key.)
    if (!quoted) {
      const amp = value.search(QUERY_PARAMETER_AFTER);
      if (amp !== -1 && (amp < 16 || UUID_ONLY.test(value.slice(0, amp)) || !isLiteralSecretValue(value.slice(0, amp), false, 16))) return false;
    }
    // An unsubscribe link's token (`/newsletter/unsubscribe?email=…&token=…`) takes one mailbox off a
    // list: it logs no one in, and a mailer's or a web server's log holds thousands.
    if (!quoted && isInUnsubscribeQuery(ctx.text, m.index)) return false;
    if (!isLiteralSecretValue(value, quoted, 16) || isCredentialNamedIdentifier(value, CREDENTIAL_WORD)) return false;
    if (isPublicClientKey(value) || isPaymentObjectId(value) || CODE_REFERENCE.test(value) || isWordyName(value)) return false;
    // (A phone's APNs push address under its push or device token key: apns-device-token's, at warning.)
    if (PUSH_TOKEN_KEY.test(keyName) && APNS_TOKEN_SHAPE.test(value)) return false;
    // A Confluent Cloud key id (16 capitals and digits) beside a Confluent cluster: the account's
    // name, its secret on the next line (confluent-api-key's decision, which leaves key ids opt-in).
    if (CONFLUENT_KEY_ID.test(value) && !/secret/iu.test(keyName) && /confluent/iu.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400))) return false;
    // A Signature Version 4 header's credential scope names the access key id, the day, the region and the service.
    if (/\/\d{8}\/[\w-]{2,30}\/[\w-]{2,40}\/aws4_request$/u.test(value)) return false;
    // A key file's path (`"private_key": "keys/as2/partner_signing.key"`), not the key; a storage object's key (a photo's path).
    if (FILE_PATH_VALUE.test(value)) return false;
    // A cache's or a store's composite key, its parts joined by colons, one of them a date (`fare:LHR:JFK:2026-12-20:Y`).
    if (/^(?:[\w.-]{1,24}:){3,}[\w.-]{1,24}$/u.test(value) && /(?:^|:)\d{4}-\d{2}-\d{2}(?::|$)/u.test(value)) return false;
    // git's `signingkey` names a GPG key by its id or fingerprint (8, 16 or 40 hex digits): public.
    if (/signing[_.-]?key$/iu.test(keyName) && /^(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})$/u.test(value)) return false;
    // A locale file's text (`otp_secret: "Zwei-Faktor-Geheimnis"`): words joined by hyphens or spaces.
    if (LETTER_WORDS.test(value) && looksLikeWords(value)) return false;
    if (!quoted && isFollowedByCode(ctx.text, ctx.end)) return false;
    // A PowerShell cmdlet that takes the secret as its argument: `$secret = ConvertTo-SecureString "…"`.
    if (!quoted && /^[A-Z][a-z]{1,12}-[A-Z][A-Za-z]{2,40}$/u.test(value)) return false;
    // Hex carries at most 4 bits a character and a random 32-digit one measures ~3.75, sometimes
    // under 3.3 (4e4f30f3…8870: 3.19); other alphabets keep the higher bar.
    const body = value.replace(/^[A-Za-z]{2,12}[_-](?=.{16})/u, '');
    return isRandomToken(body, 16, /^[0-9a-f]+$|^[0-9A-F]+$/u.test(body) ? 3.0 : 3.3);
  },
  envName: 'API_KEY',
  references: ['https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      // .NET configuration written as environment variables: a section, two underscores, its key
      `{ "Values": { "DocumentIntelligence__Key": "${fake('{h32}', 101925)}" } }`,
      // an Event Grid topic's key and a storage account's older key, after a CI log's timestamps
      `{ "EventGrid__TopicKey": "${fake('{b43}', 101926)}=" }`,
      `2024-03-18T12:05:03.1636106Z STORAGE_KEY_LEGACY=${fake('{b86}', 101927)}==`,
      // a payment gateway's merchant salt, second version
      `merchant_salt_v2 = "${fake('{a32}', 101576)}"`,
      // a DPS enrollment's symmetric key (no table's primary key: 32 bytes in base64)
      `"symmetricKey": {\n  "primaryKey": "${fake('{b43}', 101749)}=",`,
      // a JSON log line whose message names the secret right before its key (read as a key once, and rejected)
      `{"level":"info","msg":"rotated the webhook secret","WEBHOOK_SECRET":"${fake('{a48}', 101635)}"}`,
      // a game client's server key in C#, its name in camelCase
      `        public string matchmakerServerKey = "${fake('{a32}', 101569)}";`,
      // a shop's cookie key (what it encrypts its customers' cookies with), beside the cookie's IV
      `        'cookie_key' => '${fake('{a56}', 101558)}',\n        'cookie_iv' => '${fake('{a8}', 101559)}',`,
      // a vendor's credential under its own name and \`_auth\`
      `  "loki_auth": "${fake('{a20}', 100945)}",`,
      // a registry's credential in a CI job's environment
      `DOCKER_AUTH=${fake('{a14}', 100910)}!${fake('{a5}', 100911)}`,
      // a secret in base64 that spells a phrase, but no stand-in's
      'app.security.jwt.secret=b3JkZXJzLWFwaS1oczI1Ni1zaWduaW5nLWtleS12Mw==',
      // a quoted value with brackets and other symbols that password generators use
      `"app_secret": "${fake('{a14}', 100877)})*${fake('{a12}', 100878)}(^${fake('{a10}', 100879)}?{${fake('{a4}', 100880)}",`,
      // a key pair as a chat message gives it (`Secret Key: …`)
      `[백지안] [오후 3:10] Secret Key: ${fake('{a40}', 44)}`,
      `llm = Mistral(api_key=os.getenv("MISTRAL_API_KEY", "${fake('{a32}', 608)}"))`,
      `AIRFLOW__CORE__FERNET_KEY=${fake('{w43}', 500)}=`,
      `app.crypto.aes-key=${fake('{b43}', 596)}=`,
      `JWT_SECRET=/${fake('{b20}', 597)}+${fake('{b42}', 598)}`,
      `API_KEY=${fake('{a32}')}`,
      // PagerDuty's Events API routing key in Alertmanager's config
      `receivers:\n  - name: pagerduty\n    pagerduty_configs:\n      - routing_key: '${fake('{h32}', 386)}'`,
      // JSON inside a JSON string, as logs write request bodies
      `{"msg": "POST /v2/auth/refresh body={\\"refresh_token\\":\\"rt_${fake('{a40}', 381)}\\"}"}`,
      `"client_secret": "${fake('{w40}')}"`,
      `self.secret_key = '${fake('{a48}')}'`,
      `export ACME_AUTH_TOKEN=${fake('{l40}')}`,
      `PAYMENTS_API_KEY=${fake('{L5}{A4}{L6}{A3}{L5}{A5}{L4}', 7)}`,
      `private static final String HMAC_KEY = "${fake('{H64}', 8)}";`,
      `os.environ["WANDB_API_KEY"] = "${fake('{h40}', 9)}"`,
      `api_key              = "${fake('{a32}', 10)}"`,
      // an aligned label in a ticket or a runbook
      `Secret:      ${fake('{a22}', 1208)}`,
      `secret_key_base: ${fake('{h64}', 451)}${fake('{h64}', 452)}`,
      `APP_KEY=base64:${fake('{a43}', 453)}=`,
      `const INTERNAL_JWT_SECRET: &[u8] = b"${fake('{a48}', 454)}";`,
      `app.config["SECRET_KEY"] = b"${fake('{a32}', 455)}"`,
      // a key named by its suffix alone (`_key`), with a random value
      `pagerduty_api_events_key   = "${fake('{h32}', 1204)}"`,
      `_FALLBACK_KEY = "${fake('{a32}', 1205)}"`,
      `<machineKey validationKey="${fake('{H128}', 456)}" decryptionKey="${fake('{H64}', 457)}" />`,
      // a pepper: the secret half of a keyed hash
      `    id-hash-pepper: ${fake('{h64}', 813)}`,
      `RAZORPAY_WEBHOOK_SECRET=${fake('{a8}', 1209)}#4!${fake('{a6}', 1210)}#${fake('{a4}', 1211)}`,
      `PAYTR_MERCHANT_SALT=${fake('{a16}', 1215)}`,
      `REPORT_HASH_SALT=${fake('{h48}', 1219)}`,
      `PSEUDONYM_SALT=${fake('{w43}', 1220)}`,
      `AGORA_APP_CERTIFICATE=${fake('{h32}', 1221)}`,
      `redis_auth      = "${fake('{a32}', 1223)}"`,
      `  PAYU_MD5_KEY: "${fake('{h32}', 1222)}"`,
      `    private string $merchantKey = '${fake('{a16}', 1216)}';`,
      `FLW_WEBHOOK_HASH=${fake('{a18}', 1217)}`,
      `PEPPER = bytes.fromhex("${fake('{h64}', 1218)}")`,
      `onboarding_redis_auth_token  = "${fake('{a5}', 1212)}*${fake('{a2}', 1213)}@i@${fake('{a9}', 1214)}"`,
      // a one-time-password seed (base32) under its key
      `  otp_seed: ${fake('{A12}', 611)}7${fake('{A9}', 612)}3${fake('{A9}', 613)}`,
      // typed declarations: a pydantic setting, a TypeScript class field, a Kotlin property
      `    sendgrid_api_key: str = "${fake('{a24}', 101072)}"`,
      `  private readonly apiKey: string = '${fake('{a28}', 101073)}';`,
      `val clientSecret: String = "${fake('{a32}', 101074)}"`,
      // a fallback key kept in code beside the configured one
      `    private static final String LEDGER_API_KEY_FALLBACK = "${fake('{a40}', 101421)}";`,
      // a proxy's numbered RADIUS secrets (Duo's authproxy.cfg: radius_secret_1, radius_secret_2)
      `[radius_server_auto]\nradius_ip_1=10.20.4.11\nradius_secret_1=${fake('{a8}', 101433)}#${fake('{a11}', 101434)}`,
      // a courier's API secret in a gateway's configuration
      `[courier.sfexpress]\nclient_code = "KX-0193"\ncheck_word = "${fake('{a32}', 101774)}"\n`,
      // an IoT counter's token for pushing its readings, in a device inventory
      `devices:\n  - store: U104\n    firmware: 4.7.16\n    push_token: ${fake('{a40}', 101898)}`,
    ],
    negative: [
      // a courier app's proof-of-delivery photo: its storage object's key
      `{"status": "DELIVERED", "pod_photo_key": "2024/11/18/${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 102121)}.jpg"}`,
      // a bed bank's availability reply: the key of the rate a booking takes
      `{"code": "DBL.ST", "rateKey": "${fake('{a40}', 102118)}", "rateClass": "NOR"}`,
      // Microsoft Graph's delta link in a mail poller's log: the token resumes the listing
      `{"msg": "delta link renewed", "delta_link": "https://graph.microsoft.com/v1.0/users/claims@kestrel.example/mailFolders/inbox/messages/delta?$deltatoken=${fake('{a28}_{a16}-{a14}', 102075)}"}`,
      // Nets Easy's checkout key, which its checkout page sends from the browser
      `nets.easy.checkout-key=live-checkout-key-${fake('{h32}', 102074)}`,
      // a payment notification's query: the subscription token (a UUID) before the next parameters
      'm_payment_id=1&merchant_id=10000100&token=3c1f9a62-77d4-4a8e-b0c1-5e9d2f6a8b17&billing_date=2024-03-14&signature=9324f31785fa6d6e',
      // Symfony's security log: the token's class and its description, cut at the escaped quote
      '{"token":{"Symfony\\\\Component\\\\Security\\\\Http\\\\Authenticator\\\\Token\\\\PostAuthenticationToken":"PostAuthenticationToken(user=\\"d.nowak@kestrel-freight.pl\\", authenticated=true)"}}',
      // a LINE webhook event's reply token: it answers that one event, within a minute
      `{"type": "message", "replyToken": "${fake('{h32}', 101928)}", "mode": "active"}`,
      // and its message's quote token, which a reply quotes it with
      `{"message": {"id": "1", "type": "text", "quoteToken": "${fake('{w40}', 102098)}", "text": "hi"}}`,
      // a Plaid link token, handed to the browser to open Link
      `{"link_token": "link-production-${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 101937)}", "expiration": "2024-03-08T02:31:00Z"}`,
      // an SQL tuple's kind cell named for a key, then the key's id under its own column
      `INSERT INTO creds (partner, kind, key_id, created_at) VALUES ('Kestrel', 'partner-api-key', 'kid_${fake('{l12}', 101706)}', '2024-01-02');`,
      // an LTI tool's registration in a school's configuration: its consumer key names it, the shared secret is the key
      '{"tool": "Quiz Studio", "launch_url": "https://quiz.example.org/lti", "consumer_key": "kx-quiz-studio-20", "secret_ref": "vault:lti/quiz"}',
      // Helm's annotation that rolls pods when a Secret changes: a digest of the Secret, under a key that says so
      `podAnnotations:\n  checksum/secret: ${fake('{h64}', 101610)}\n`,
      // Django's debug page: the form's CSRF token, which guards one form and signs in no one
      `POST:\n    csrfmiddlewaretoken = '${fake('{a64}', 101593)}'`,
      // Branch's key, which the app ships (its secret is the secret_live_ one)
      `BRANCH_KEY=key_live_${fake('{a32}', 101575)}`,
      // Yandex SmartCaptcha's client key, which its widget sends from the page (the server key is ysc2_)
      `SMARTCAPTCHA_CLIENT_KEY=ysc1_${fake('{a40}', 101737)}`,
      // a provider's documented key, kept as an example under a name that says so
      `// from the provider's docs, never valid\nconst docsExampleKey = "test_${fake('{a30}', 101572)}"`,
      // a word that ends in key, and a camelCase lookup key
      `const monkey = "${fake('{a24}', 101570)}";\nconst cacheKey = "${fake('{a24}', 101571)}";`,
      // Duo's integration key (an application's id: its secret key is separate); Zoom's webhook
      // URL-validation challenge, sent in the clear
      `duo_integration_key  = "DI${fake('{u18}', 101436)}"`,
      `2025-10-02T14:07:40 DEBUG zoomhook [9d2a6c11] POST /hooks/zoom 200 event=endpoint.url_validation plainToken=${fake('{a22}', 101437)}`,
      // a token contract's address in a deployment's notes, and a guide's placeholder key after its prefix
      `  // FeeToken:        0x${fake('{h40}', 101237)}`,
      'API_KEY = "llk_pub_0123456789abcdef0123"',
      // a Go service's structured log: a cache entry's key
      '\t\tlogger.Info("listening", "addr", srv.Addr, "example_key", "route:MUC:LIS:2026-03-14:Y")',
      // a Kakao native app key, which the app ships
      `        manifestPlaceholders["kakaoNativeAppKey"] = "${fake('{h32}', 101102)}"`,
      // a typed field read from the environment
      '  private readonly apiKey: string = process.env.STRIPE_API_KEY ?? "";',
      // Midtrans' client key, which its Snap.js sends from the page
      `midtrans:\n  client-key: ${fake('Mid-client-{w16}', 101060)}`,
      // Kakao's JavaScript and native app keys, which its web and mobile SDKs ship to every client (its REST and admin keys are secret)
      `kakao:\n  javascript-key: ${fake('{h32}', 101021)}\n  native-app-key: ${fake('{h32}', 101022)}`,
      // a Google OAuth client's id under a settings key: public (its secret is google-oauth-client-secret's)
      `SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "${fake('{d12}-{l32}', 101019)}.apps.googleusercontent.com"`,
      // RevenueCat's public SDK key, which the app ships; a device's FCM registration token in a push request
      `static let revenueCatAPIKey = "appl_${fake('{a27}', 100978)}"`,
      `{"message":{"token":"${fake('{w11}', 100979)}:APA91b${fake('{w134}', 100980)}","notification":{"title":"Hi"}}}`,
      // a mock server's key, named for a test, counting up
      'API_KEY = "test_api_key_1234567890"          # used by the mock server',
      // a Shopify order webhook's own token, beside its cart's and checkout's
      '{\n  "id": 5812345678901,\n  "cart_token": "Z2NwLWV1cm9wZS13ZXN0NDowMUg",\n  "checkout_token": "b1946ac92492d2347c6235b4d2611184",\n  "token": "6f1ed002ab5595859014ebf0951522d9"\n}',
      // a test config's secret that says, in base64 or in words, that it is one
      'app.security.jwt.secret=c2lnbmluZy1zZWNyZXQtZm9yLWludGVncmF0aW9uLXRlc3RzLW9ubHk=',
      'jwt.secret=local-signing-secret-not-for-production',
      // a constant of a binding's library
      '                nid_key = self._lib.NID_aes_256_cbc',
      // names in an SDK's data files: a paginator's result key, a setting's name, a resource type, an IAM policy's resource
      '      "result_key": "ReservedInstancesModifications"',
      "EMRFS_RETRY_PERIOD_KEY = 'fs.s3.consistent.retryPeriodSeconds'",
      '        reserved_key = "AWS::CloudFormation::Module"',
      '     "Resource":"arn:aws:secretsmanager:*:*:secret:AmazonDataZone-*"',
      '                "encryptionKey": "arn:aws:kms:us-west-2:123456789012:alias/aws/s3",',
      `Authorization: AWS4-HMAC-SHA256 Credential=AKIA${fake('{A16}', 100864)}/20240524/us-east-1/cognito-idp/aws4_request, SignedHeaders=host`,
      '    "AWS::IAM::AccessKey": "62d91b17309e76c8",',
      // a type annotation in a Python stub
      '        private_key: x25519.X25519PrivateKey,',
      // a listing's page token, and a value from AWS's documentation ending in `example`
      `        "NextToken": "${fake('{b72}', 100862)}",`,
      `        "ClientToken": "${fake('{a36}', 100863)}example",`,
      // a source map's list of names: enum members after a "…Secret" entry
      '"names":["BrowserPerformanceEvents.DeriveAsymmetricEarSecret","BrowserPerformanceEvents.AsymmetricEarConcatKdf","PublicApiId.SIGN_UP_START"]',
      // a Salesforce connected app's consumer key: its OAuth client id, public in every authorize URL
      `SALESFORCE_CONSUMER_KEY=3MVG9${fake('{a60}', 8106)}`,
      '        isCommentAtParentStart(token, "ObjectExpression") ||',
      // a user row's own password salt (stored beside its hash by design), an Agora project's public app id
      `{"user": 1042, "password_salt": "${fake('{h32}', 3709)}", "password_hash": "${fake('{h64}', 3710)}"}`,
      `AGORA_APP_ID=${fake('{h32}', 3711)}`,
      // a key file's path, and a payment's id (Toss Payments' paymentKey, which only the merchant's secret key can confirm)
      `"private_key": "keys/as2/partner_signing_2024.key",`,
      `{"order_no": "ORD-${fake('{d8}', 3713)}", "payment_key": "tgen_${fake('{a20}', 3712)}"}`,
      // a store's purchase token (a reference the app's server checks with its own credentials), an alert's aggregation key
      `"purchaseToken": "${fake('{L24}', 3701)}.AO-J1O${fake('{w80}', 3702)}"`,
      `{"event_type":"metric_alert_monitor","aggreg_key":"${fake('{h32}', 3703)}"}`,
      // values a web app's bundle ships to every browser: Next.js and Expo public variables, a JavaScript SDK key, Toss's client key
      `NEXT_PUBLIC_MAP_TOKEN=${fake('{a32}', 41)}`,
      `KAKAO_JS_KEY=${fake('{h32}', 42)}`,
      `toss.client-key: live_ck_${fake('{a28}', 43)}`,
      // Shopware's integration client id (its secret is SHOPWARE_SECRET_ACCESS_KEY)
      'FW_INTEGRATION_ACCESS_KEY=SWIANFMTP2F4SGE7546QOEA3IN',
      // Vault's audit log writes HMACs of tokens, not tokens
      `{"type":"response","auth":{"client_token":"hmac-sha256:${fake('{h64}', 811)}","accessor":"hmac-sha256:${fake('{h64}', 812)}"}}`,
      '    otp_secret: "Zwei-Faktor-Geheimnis"',
      `NEXT_PUBLIC_SHOPIFY_STOREFRONT_ACCESS_TOKEN=${fake('{h32}', 629)}`,
      `  "searchApiKey": "${fake('{h32}', 630)}",`,
      `    "cart_token": "${fake('{h32}', 631)}",`,
      `{"action": "VIEW_MASKED_PAN", "pan": "414720******6111", "token": "tok_${fake('{a24}', 593)}"}`,
      `  rfc8032SecretKey = "${fake('{h64}', 485)}"`,
      `{"platform":"ios","pushToken":"${fake('{h64}', 387)}"}`,
      `Cookie: qm_csrftoken=${fake('{a32}', 388)}; theme=dark`,
      `mapboxgl.accessToken = 'pk.${fake('eyJ1Ijoi{w24}.{w22}', 11)}'`,
      'api_key = os.environ["API_KEY"]',
      `PUSHER_APP_KEY=${fake('{h20}', 458)}`,
      `static let mixpanelToken = "${fake('{h32}', 459)}"`,
      `INTERCOM_IOS_API_KEY = ios_sdk-${fake('{h40}', 460)}`,
      'API_KEY=your-api-key-here',
      'token_type = "bearer_token_type"',
      'publishable_key = "pk_live_ZZZZZZZZZZZZZZZZZZZZZZZZ"',
      // a key named by its suffix alone that looks something up, or that the browser gets
      `cache_key = "${fake('{h32}', 1201)}"`,
      `    idempotency_key: "${fake('{a32}', 1202)}"`,
      `NEXT_PUBLIC_POSTHOG_KEY=phc_${fake('{a43}', 1203)}`,
      `TWILIO_API_KEY=SK${fake('{h32}', 1207)}`,
      `[user]\n\tname = Joost van den Berg\n\tsigningkey = ${fake('{H16}', 1206)}`,
      'secret_name = "prod/db/credentials-2024"',
      'SECRET_KEY=aaaaaaaaaaaaaaaaaaaaaaaa',
      'api_key: abcdefghijklmnopqrstuvwx',
      'access_key_id: 123e4567-e89b-12d3-a456-426614174000',
      'token = getToken()',
      'auth_token = AUTHORIZATION_HEADER_VALUE_NAME',
      'self.secret_key = configuredSecretKeyProvider',
      // names and code in key-, token- and secret-keyed positions
      '$token = Get-AzAccessToken @params',
      'RefreshTokenClientAcquireToken: "refreshTokenClientAcquireToken",',
      'DeriveSecret: "deriveAsymmetricEarSecret",',
      'credential: OAuth2TokenCredential<TFlows>;',
      'def sign(private_key: "_EllipticCurvePrivateKey", data: bytes):',
      'credentials = standard_b64encode(credentials).decode()',
      '{marker:n,token:t.tokens.length-1,end:-1}',
      'this.secret=this.privateKey=this.key=r,this.payload=p',
      '{FirstToken:"request/firstToken",RequestComplete:"request/complete"}',
      '(exports.CancellationToken = CancellationToken2 = {})',
      '2. Store it: `vault kv put secret/platform/github-app private_key=@pinewharf-ci.2024-xx-xx.private-key.pem`',
      // Google reCAPTCHA's published automated-test secret key (every answer passes)
      'RECAPTCHA_SECRET_KEY=6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe',
      // a Confluent Cloud key id beside its cluster (its secret, on the next line, is confluent-api-secret's)
      `KAFKA_BOOTSTRAP=pkc-x1y2z.eu-north-1.aws.confluent.cloud:9092\nKAFKA_API_KEY=${fake('{u4}{d3}{u5}{d4}', 101796)}`,
      // an unsubscribe link's token in a web server's log
      `203.0.113.9 - - [13/May/2024:10:01:02 +0200] "GET /api/newsletter/unsubscribe?email=someone%40example.org&token=${fake('{h24}', 102106)} HTTP/2.0" 200 512`,
    ],
  },
});
