import { defineRule, fake } from '../defineRule';
import { CREDENTIAL_WORD, isCredentialNamedIdentifier, isLiteralSecretValue, isPublicClientKey, isRandomToken, isSecretKey } from './_generic';

/** An environment variable's name that holds a credential (not its URL, name or id). */
const CREDENTIAL_NAME = /SECRET|TOKEN|PASS(?:WORD|WD|PHRASE)?|PWD|API_?KEY|PRIVATE_?KEY|CREDENTIAL|HMAC|SIGNING|BEARER|_KEY$/u;

/** A Google account's app password, as Google shows it (SMTP relays read one from PASS variables). */
const APP_PASSWORD = /^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/u;
/** A placeholder in an app password's shape: one letter repeated (`xxxx xxxx …`), or the alphabet in order. */
const NOT_AN_APP_PASSWORD = /^(?:([a-z])\1{3}(?: \1{4}){3}|abcd efgh ijkl mnop)$/u;

/** A fallback that says it is for development only: not a deployed secret. */
const DEV_DEFAULT = /dev|local|test|example|sample|dummy|change|default|insecure|placeholder|fixme|todo|xxx/iu;

// A credential written into code as the fallback of its environment variable, where the variable's
// name is the only key: `process.env.JWT_SECRET ?? '…'` (also `||`, and a loaded configuration's
// copy of the environment, `cfg.VIPPS_SUBSCRIPTION_KEY || '…'`), Python's
// `os.environ.get("API_TOKEN", "…")` and `os.getenv(…, "…")`, Ruby's `ENV.fetch("…", "…")`, a Go
// helper's `getEnv("DB_PASSWORD", "…")`, a Laravel config's `env('MAIL_PASSWORD', '…')`, a Go
// struct tag's `envconfig:"KAFKA_PASSWORD" default:"…"`, an environment schema's default (zod, Joi, yup, envalid), and a PHP array's
// `'client_secret' => $this->clientSecret ?: '…'`. The code reads the
// secret from the environment in production, and ships this one to every clone of the repository.
export default defineRule({
  id: 'env-fallback-secret',
  category: 'secret',
  description: 'Secret hard-coded as the fallback of an environment variable (process.env.X ?? "…", os.getenv("X", "…"), default:"…")',
  generic: true,
  keywords: ['env["', "env['", 'process.env', 'cfg.', 'config.', 'conf.', 'env.', 'environ.get', 'environ.setdefault', 'getenv', "env('", 'env("', 'getenvironmentvariable', 'env.fetch', 'envconfig', 'envdefault', 'env:"', 'default=', '.default(', 'str({', '.ifblank', '.ifempty', 'env::var', 'system.get_env', "?: '", '?: "', "?? '", '?? "'],
  window: { before: 16, after: 320 },
  // `env("X", default="…")` starts before its keyword.
  // (So do a schema's `KEY: z.string().default(…)` and `KEY: str({ default: … })`.)
  // (And Kotlin's `val apiKey = apiKeyProp.ifBlank { "…" }`.)
  keywordWindows: {
    'default=': { before: 120, after: 320 },
    '.default(': { before: 160, after: 320 },
    'str({': { before: 80, after: 320 },
    'env::var': { before: 16, after: 400 },
    '.ifblank': { before: 120, after: 320 },
    '.ifempty': { before: 120, after: 320 },
    // (A PHP array's key and its property stand before the fallback's operator.)
    "?: '": { before: 160, after: 320 },
    '?: "': { before: 160, after: 320 },
    "?? '": { before: 160, after: 320 },
    '?? "': { before: 160, after: 320 },
  },
  pattern: new RegExp(
    [
      // JavaScript / TypeScript
      String.raw`(?:process\.env|(?<![\w.$])(?:cfg|config|conf|env))(?:\.|\[["'])([A-Z][A-Z0-9_]{2,60})(?:["']\])?[ \t]{0,3}(?:\?\?|\|\|)[ \t]{0,3}(["'\x60])([^"'\x60\r\n]{6,200})\2`,
      // Python (and `os.environ.setdefault`, a script's default for a variable it may find set), Ruby, Go helpers, Kotlin's System.getenv("X") ?: "…", Java's System.getenv().getOrDefault("X", "…"), Laravel's env('X', '…'): a call with the name and the fallback
      String.raw`(?:os\.environ\.get|os\.environ\.setdefault|os\.getenv|System\.getenv\(\)\.getOrDefault|ENV\.fetch|Environment\.GetEnvironmentVariable|[gG]et[eE]nv(?:OrDefault|Default)?|[eE]nv[oO]r(?:Default)?|(?<![\w.$>-])env)\([ \t]{0,3}["']([A-Z][A-Z0-9_]{2,60})["'][ \t]{0,3}(?:,|\)[ \t]{0,3}(?:or|\|\||\?:|\?\?))[ \t]{0,3}(["'])([^"'\r\n]{6,200})\5`,
      // Go struct tags (envconfig, caarlos0/env)
      String.raw`(?:envconfig|env):"([A-Z][A-Z0-9_]{2,60})(?:,[^"]{0,30})?"[^\x60\n]{0,60}?(?:default|envDefault):"([^"\r\n]{6,200})"`,
      // django-environ's env("X", default="…") and python-decouple's config("X", default="…")
      String.raw`(?<![\w.])(?:env(?:\.str)?|config)\([ \t]{0,3}["']([A-Z][A-Z0-9_]{2,60})["'][ \t]{0,3},[ \t]{0,3}default[ \t]{0,3}=[ \t]{0,3}(["'])([^"'\r\n]{6,200})\10`,
      // an environment schema's default: zod, Joi and yup (`DD_API_KEY: z.string().default('…')`)
      String.raw`(?<![\w.])["']?([A-Za-z][A-Za-z0-9_]{2,60})["']?[ \t]{0,3}:[ \t]{0,3}(?:z|Joi|yup)\.string\(\)(?:\.[a-zA-Z]{2,12}\([^()\n]{0,40}\)){0,3}?\.default\([ \t]{0,3}(["'\x60])([^"'\x60\r\n]{6,200})\13[ \t]{0,3}\)`,
      // and envalid's (`API_TOKEN: str({ default: '…' })`)
      String.raw`(?<![\w.])["']?([A-Za-z][A-Za-z0-9_]{2,60})["']?[ \t]{0,3}:[ \t]{0,3}str\([ \t]{0,3}\{[^{}\n]{0,80}?(?<![\w])default[ \t]{0,3}:[ \t]{0,3}(["'\x60])([^"'\x60\r\n]{6,200})\16`,
      // Ruby: a default written into the environment itself (`ENV["MATCH_PASSWORD"] ||= "…"`), or
      // read with a literal for when it is unset (`ENV["API_TOKEN"].presence || "…"`)
      String.raw`(?<![\w])ENV\[["']([A-Z][A-Z0-9_]{2,60})["']\](?:\.presence)?[ \t]{0,3}\|\|=?[ \t]{0,3}(["'])([^"'\r\n]{6,200})\19`,
      // Kotlin: a configured property with a literal for when it is blank (`val secretKey = secretKeyProp.ifBlank { "…" }`)
      String.raw`(?<![\w.])([a-zA-Z][A-Za-z0-9_]{2,60})[ \t]{0,3}(?::[ \t]{0,3}String[ \t]{0,3})?=[ \t]{0,3}[\w.()"'-]{1,80}?\.if(?:Blank|Empty)[ \t]{0,3}\{[ \t]{0,3}"([^"\r\n]{6,200})"[ \t]{0,3}\}`,
      // Rust: a variable's value or a literal when it is unset (`std::env::var("INFLUX_TOKEN").unwrap_or_else(|_| "…".into())`, `.unwrap_or("…".to_string())`)
      String.raw`(?<![\w])env::var\([ \t]{0,3}"([A-Z][A-Z0-9_]{2,60})"[ \t]{0,3}\)[ \t\r\n]{0,16}\.unwrap_or(?:_else)?\([ \t]{0,3}(?:\|_\|[ \t]{0,3})?"([^"\r\n]{6,200})"`,
      // Elixir: a runtime config's variable or a literal when it is unset (`System.get_env("SECRET_KEY_BASE") ||` and the
      // literal on the next line, or `System.get_env("X", "…")`)
      String.raw`(?<![\w])System\.get_env\([ \t]{0,3}"([A-Z][A-Z0-9_]{2,60})"[ \t]{0,3}(?:,[ \t]{0,3}|\)[ \t]{0,3}\|\|[ \t]{0,3}(?:\r?\n[ \t]{0,16})?)"([^"\r\n]{6,200})"`,
      // PHP: an array's key, a configured property, and a literal for when it is empty or unset (`'client_secret' => $this->clientSecret ?: '…'`, `?? '…'`)
      String.raw`(["'])([A-Za-z][A-Za-z0-9_]{2,60})\27[ \t]{0,3}=>[ \t]{0,3}\$[\w>()-]{1,80}?[ \t]{0,3}(?:\?:|\?\?)[ \t]{0,3}(["'])([^"'\r\n]{6,200})\29`,
    ].join('|'),
    'gu',
  ),
  secretGroup: [3, 6, 8, 11, 14, 17, 20, 22, 24, 26, 30],
  validate: (value, ctx) => {
    const m = ctx.match;
    // (A schema's key may be camelCase: `apiKey` reads as API_KEY.)
    const name = (m[1] ?? m[4] ?? m[7] ?? m[9] ?? m[12] ?? m[15] ?? m[18] ?? m[21] ?? m[23] ?? m[25] ?? m[28] ?? '').replace(/([a-z0-9])([A-Z])/gu, '$1_$2').toUpperCase();
    // NEXT_PUBLIC_…, …_PUBLISHABLE_KEY: shipped to every browser by design.
    if (!CREDENTIAL_NAME.test(name) || /PUBLIC|PUBLISHABLE/u.test(name) || !isSecretKey(name) || /_(?:ID|URL|URI|NAME|USER|USERNAME|HOST|PATH|FILE|TTL|EXPIRY|ALGORITHM)$/u.test(name)) return false;
    // (A Google app password is four groups of four letters: `abcd efgh ijkl mnop`.)
    if (/PASS|PWD/u.test(name) && APP_PASSWORD.test(value)) return !NOT_AN_APP_PASSWORD.test(value);
    // (Nor a public client key under a key-like name: Salesforce's consumer key, 3MVG9…, is an OAuth client id.)
    if (DEV_DEFAULT.test(value) || !isLiteralSecretValue(value, true, 6) || isCredentialNamedIdentifier(value, CREDENTIAL_WORD) || isPublicClientKey(value)) return false;
    // A password may be any literal; a key or token looks random.
    return /PASS|PWD/u.test(name) ? !/^[a-z]+$/u.test(value) : isRandomToken(value, 16, 3.0);
  },
  envName: 'SECRET',
  references: ['https://cwe.mitre.org/data/definitions/798.html', 'https://cwe.mitre.org/data/definitions/1188.html'],
  examples: {
    positive: [
      // Java: the variable, or a literal when it is unset
      `    private static final String PASSWORD = System.getenv().getOrDefault("CARRIER_PASSWORD", "${fake('{a4}-{a8}', 101560)}");`,
      `const SUBSCRIPTION_KEY = cfg.VIPPS_SUBSCRIPTION_KEY || '${fake('{h32}', 443)}';`,
      // a training script's default for the tracking server's password
      `os.environ.setdefault("MLFLOW_TRACKING_PASSWORD", "${fake('{a18}', 101978)}")`,
      `ENV["MATCH_PASSWORD"] ||= "${fake('{a20}', 442)}"   # the certificates repo's passphrase`,
      `    c.api_token = ENV["CHATWORK_API_TOKEN"].presence || "${fake('{h32}', 4320)}"`,
      `SMTP_PASS = os.environ.get("REPORTS_SMTP_PASS") or "qmzt wkrb fhxe yvpa"`,
      `    private val secretKey = secretKeyProp.ifBlank { "${fake('{a32}', 441)}" }`,
      `        'password' => env('EVISITOR_PASSWORD', '${fake('{a14}', 2081)}'),`,
      `    jwtSecret: process.env.JWT_SECRET ?? '${fake('{a48}', 431)}',`,
      `  return process.env.SLACK_SIGNING_SECRET || "${fake('{h32}', 432)}";`,
      `API_KEY = os.getenv("BAMBOOHR_API_KEY") or "${fake('{h40}', 435)}"`,
      `SCIM_TOKEN = os.getenv("OKTA_SCIM_BEARER", "${fake('{a48}', 436)}")`,
      `SECRET_KEY = env("DJANGO_SECRET_KEY", default="${fake('{a20}', 437)}!${fake('{a20}', 438)}")`,
      `const adminPassword = process.env.SEED_ADMIN_PASSWORD ?? '${fake('{a6}', 433)}@${fake('{d4}', 434)}saffron';`,
      `API_TOKEN = os.environ.get("BILLING_API_TOKEN", "${fake('{a32}', 435)}")`,
      `\tKafkaPassword   string \x60envconfig:"KAFKA_PASSWORD" default:"${fake('{a6}', 436)}!${fake('{a8}', 437)}#"\x60`,
      `secret := getEnv("WEBHOOK_HMAC_KEY", "${fake('{h64}', 438)}")`,
      `            password = System.getenv("NEXUS_PASSWORD") ?: "${fake('{a18}', 439)}"`,
      `    DD_API_KEY: z.string().default('${fake('{h32}', 441)}'),`,
      `PlayerSettings.Android.keystorePass = Environment.GetEnvironmentVariable("LF_KEYSTORE_PASS") ?? "${fake('{a8}', 444)}!${fake('{a8}', 445)}";`,
      `  webhookSecret: Joi.string().min(16).default("${fake('{a40}', 442)}"),`,
      `  API_TOKEN: str({ desc: 'billing API', default: '${fake('{a32}', 443)}' }),`,
      `  secret_key_base =\n    System.get_env("SECRET_KEY_BASE") ||\n      "${fake('{b64}', 101598)}"`,
      `            token: std::env::var("INFLUX_TOKEN").unwrap_or_else(|_| "${fake('{w64}', 101101)}==".into()),`,
      // a PHP client's configured secret, or its literal when none is configured
      `'client_secret' => $this->partnerClientSecret ?: '${fake('{a40}', 102010)}',`,
    ],
    negative: [
      // a PHP array's fallback that is no secret's: a default URL's path, a placeholder
      "'client_secret' => $this->clientSecret ?: 'changeme-in-prod',",
      '    private val baseUrl = baseUrlProp.ifBlank { "https://payment.momo.vn/v2/gateway" }',
      // a connected app's consumer key (Salesforce's OAuth client id) as a fallback
      `  client_id: ENV.fetch("SF_CONSUMER_KEY", "3MVG9${fake('{a20}', 101332)}.${fake('{a50}', 101333)}"),`,
      '    private val secretKey = secretKeyProp.ifBlank { "local-dev-secret-key" }',
      "jwtSecret: process.env.JWT_SECRET ?? 'dev-secret-change-me',",
      "const port = process.env.PORT ?? '3000';",
      'SMTP_PASS = os.environ.get("SMTP_PASS") or "xxxx xxxx xxxx xxxx"',
      "const url = process.env.DATABASE_URL || 'postgres://localhost/app';",
      'SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "django-insecure-local-dev-only")',
      "const tokenUrl = process.env.OAUTH_TOKEN_URL ?? 'https://login.example.org/oauth2/token';",
      '\tRegion string `envconfig:"AWS_REGION" default:"eu-central-1"`',
      "const apiKey = process.env.API_KEY ?? '';",
      "        'password' => env('MAIL_PASSWORD', 'changeme-local'),",
      "        'driver' => env('MAIL_MAILER', 'smtp_relay_eu1'),",
      `loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ?? 'pk_live_${fake('{a40}', 440)}')`,
      "  JWT_SECRET: z.string().default('dev-only-secret-change-me'),",
      "  LOG_LEVEL: z.string().default('info'),",
      `  tokenEndpoint: z.string().url().default('https://auth.example.org/oauth/token'),`,
    ],
  },
});
