import { defineRule, fake } from '../defineRule';
import { isCryptHash, isPublicClientKey } from './_generic';
import { decodeBase64, encodeBase64 } from './_providerKit';
import { native } from '../../scan/nativeRegex';

const MAX_DOC = 64 * 1024;
const KIND_SECRET = /^[ \t-]*kind:[ \t]*["']?Secret["']?[ \t]*(?:#.*)?$/mu;
/** Certificates sit next to keys in TLS secrets but are public; so is an SSH secret's known_hosts (the servers' public keys). */
const PUBLIC_ENTRY = native(/(?:\.crt|\.pem\.pub|\.pub)$|^(?:ca|cert|certificate|namespace|ca[_.-]?(?:bundle|cert|crt)|(?:ssh[_.-]?)?known[_.-]?hosts)$|publishable/iu);

/**
 * Entries that configure rather than authenticate: user names, hosts, ports, database names,
 * regions, log levels, ids, a signing key's id and algorithm (`kid`, `alg`), a payment provider's merchant account, a sender's phone number or address, and an Argo CD repository secret's `type` and `url`. Secrets hold them
 * too, for convenience; they grant nothing alone.
 */
const SETTING_ENTRY =
  native(/(?:^(?:pg)?|[_.-])(?:user(?:[_-]?name)?|login|host(?:name)?s?|domain|debug|port|database|db[_-]?name|dbname|name|region|zone|env(?:ironment)?|profiles?(?:[_-]active)?|log[_-]?level|level|mode|format|bucket|project|(?:db[_-]?)?type|(?:account|client|app|tenant|org|project)[_-]?id|id|(?:account[_-]?)?sid|number|phone|email|sender|site|endpoint|kid|key[_-]?id|alg|algorithm|kty|merchant[_-]?(?:account|code|name))$|^(?:type|url|enableOCI|insecure)$/iu);

/** An AWS access key id (AKIA…, ASIA…), in plain text under stringData or base64 under data. */
function isAwsKeyIdEntry(value: string, parent: string): boolean {
  const plain = parent === 'data' ? decodeBase64(value) : value;
  return plain !== undefined && /^(?:AKIA|ASIA)[A-Z2-7]{16}$/u.test(plain.trim());
}

/** A placeholder the real value replaces at deploy time: `<placeholder>`, `changeme`. */
const DEPLOY_PLACEHOLDER = native(/^\s*(?:<[^<>\n]{1,60}>|change[-_]?me|placeholder|redacted|replace[-_]?me|dummy|todo|x{3,})\s*$/iu);

/**
 * Values that grant nothing whatever their key: a URL with no credentials in it, a host and port
 * (a Kafka bootstrap server) or a host name, a number (an app's or an installation's id), a timestamp (Argo CD's
 * `admin.passwordMtime`), a password hash (what a server compares a password with, not the
 * password), feature flags (`eob_summaries=true,hsa_plaid=false`, or as a JSON object), an empty JSON object (`e30=`).
 */
/** isNotASecret's larger shapes, compiled to machine code once (see nativeRegex.ts). */
const HOST_LIST = native(/^(?:[a-z0-9*-]{1,63}\.){1,8}[a-z]{2,24}(?:,[ ]?(?:[a-z0-9*-]{1,63}\.){1,8}[a-z]{2,24}){0,30}$/u);
const SWITCH = /^(?:true|false|yes|no|on|off)$/iu;
const PLAIN_URL = native(/^(?:jdbc:)?[a-z][a-z0-9+.-]{1,15}:\/\/[^\s@?#]+$/iu);
const URL_WITH_QUERY = native(/^(?:jdbc:)?[a-z][a-z0-9+.-]{1,15}:\/\/[^\s@?#]*\?[^\s@#]+$/iu);
const HOST_PORT_LIST = native(/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+:\d{2,5}(?:,[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+:\d{2,5})*$/u);
const FLAG_LIST = native(/^[\w.-]{1,64}=(?:true|false|on|off|\d{1,6})(?:,[\w.-]{1,64}=(?:true|false|on|off|\d{1,6}))*$/u);
const FLAG_OBJECT = native(/^\s*\{\s*"[\w.-]{1,64}"\s*:\s*(?:true|false|null|\d{1,6})(?:\s*,\s*"[\w.-]{1,64}"\s*:\s*(?:true|false|null|\d{1,6}))*\s*\}\s*$/u);
const TIME_ZONE = native(/^(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Z][A-Za-z_+-]{1,30}(?:\/[A-Z][A-Za-z_]{1,30})?$|^UTC$/u);
const TIMESTAMP = native(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u);

function isNotASecret(value: string): boolean {
  return (
    // (a JDBC URL too: `jdbc:postgresql://db:5432/app`)
    PLAIN_URL.test(value) ||
    // (also with a query that carries no credential: Airflow's `aws://?region_name=…&role_arn=…`)
    (URL_WITH_QUERY.test(value) && !/[?&][\w.-]*(?:pass|pwd|secret|token|key|sig|auth|credential)[\w.-]*=/iu.test(value)) ||
    // (or a host name alone, or a list of them: a mail domain, `mg.example-lending.com`, Django's ALLOWED_HOSTS)
    HOST_LIST.test(value) ||
    // (a switch: `DEBUG: RmFsc2U=` is `False`)
    SWITCH.test(value) ||
    HOST_PORT_LIST.test(value) ||
    FLAG_LIST.test(value) ||
    // (also as a JSON object of flags: `{"upi_autopay":true,"beta":false}`)
    FLAG_OBJECT.test(value) ||
    /^\s*(?:\{\s*\}|\[\s*\])\s*$/u.test(value) ||
    /^[a-z][a-z0-9_-]*(?:,[ ]?[a-z][a-z0-9_-]*)+$/u.test(value) ||
    /^\d{1,20}$/u.test(value) ||
    // a file's path where the secret is mounted (`GOOGLE_APPLICATION_CREDENTIALS: /var/run/secrets/…/sa.json`)
    /^\/(?:[\w.-]{1,64}\/){1,12}[\w.-]{1,64}$/u.test(value) ||
    // a phone number in E.164, a sender's (`TWILIO_FROM: "+6531…"`)
    /^\+[1-9]\d{6,14}$/u.test(value) ||
    // a time zone, a list of country codes, an e-mail address (`Europe/Berlin`, `DE,AT`, `hr@…`)
    TIME_ZONE.test(value) ||
    /^[A-Z]{2}(?:,[ ]?[A-Z]{2})+$/u.test(value) ||
    /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+$/u.test(value) ||
    TIMESTAMP.test(value) ||
    // a placeholder the real value replaces at deploy time (`<placeholder>`, `changeme`)
    DEPLOY_PLACEHOLDER.test(value) ||
    isCryptHash(value) ||
    isPublicClientKey(value) ||
    // a certificate or a public key, whatever the entry's name
    /^-----BEGIN (?:CERTIFICATE|PUBLIC KEY|TRUSTED CERTIFICATE)-----/u.test(value) ||
    isTemplateOnly(value)
  );
}

/** A value whose only random-looking parts are template references (`{"auths": {"…": {"auth": "${DOCKER_AUTH}"}}}`). */
function isTemplateOnly(value: string): boolean {
  const stripped = value.replace(/\$\{[^}]{1,80}\}|\{\{[^}]{1,80}\}\}/gu, '');
  return stripped !== value && !/[A-Za-z0-9+/=_-]{16,}/u.test(stripped.replace(/https?:\/\/\S+/gu, ''));
}

/** The YAML document (between `---` lines) around offset `at`, clipped to 64 KB either side. */
function documentAround(text: string, at: number): string {
  const floor = Math.max(0, at - MAX_DOC);
  const sep = text.lastIndexOf('\n---', at);
  const start = sep >= floor ? sep + 4 : floor;
  let end = text.indexOf('\n---', at);
  if (end === -1 || end > at + MAX_DOC) end = Math.min(text.length, at + MAX_DOC);
  return text.slice(start, end);
}

/** The key of the mapping that holds the line starting at `lineStart` (nearest less-indented line above). */
function parentKey(text: string, lineStart: number, indent: number): string | undefined {
  let end = lineStart - 1;
  for (let n = 0; n < 200 && end >= 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/u, '');
    if (!/^[ \t]*(?:#.*)?$/u.test(line)) {
      const ind = line.length - line.trimStart().length;
      if (ind < indent) return /^[ \t]*(?:-[ \t]+)?([\w.-]+):[ \t]*(?:#.*)?$/u.exec(line)?.[1];
    }
    if (start === 0) break;
    end = start - 1;
  }
  return undefined;
}

function sampleManifest(): string {
  return [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: db-credentials',
    '  namespace: shop',
    'type: Opaque',
    'data:',
    `  username: ${encodeBase64('shop_app')}`,
    `  password: ${encodeBase64(fake('{a20}'))}`,
  ].join('\n');
}

/** Whether `text` is JSON that holds no string at all: an empty registry config, `{"auths":{}}`, has nothing to hide. */
function isJsonWithoutStrings(text: string): boolean {
  if (!/^\s*[{[]/u.test(text)) return false;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  const holdsString = (v: unknown): boolean => typeof v === 'string' || (typeof v === 'object' && v !== null && Object.values(v).some(holdsString));
  return !holdsString(value);
}

export default defineRule({
  id: 'kubernetes-secret-data',
  category: 'secret',
  description: 'Value under data: or stringData: in a Kubernetes Secret manifest (YAML)',
  // the manifest must say `kind: Secret` (the validator checks it is the same YAML document)
  keywords: ['kind: secret', 'kind: "secret"', "kind: 'secret'"],
  // an indented "key: value" line (value optionally quoted, optional trailing comment); the
  // validator checks that its parent key is data:/stringData: and that the document has kind: Secret
  // (A quoted value may hold a `#`, as a Django secret key does: only an unquoted one ends there.)
  pattern: /(?<![^\n])([ \t]{1,16})([\w.-]{1,253}):[ \t]{1,8}(?:"([^"\s]{1,8192})"|'([^'\s]{1,8192})'|([^\s"'#]{1,8192}))[ \t]{0,16}(?:#[^\n]{0,200})?(?![^\r\n])/gu,
  secretGroup: [3, 4, 5],
  validate: (s, ctx) => {
    const m = ctx.match;
    const parent = parentKey(ctx.text, m.index, (m[1] ?? '').length);
    if (parent !== 'data' && parent !== 'stringData') return false;
    // (An AWS access key id under its `…_KEY_ID` entry is half of the key pair, as the aws-access-key-id rule reports it in plain text.)
    if (PUBLIC_ENTRY.test(m[2] ?? '') || (SETTING_ENTRY.test(m[2] ?? '') && !isAwsKeyIdEntry(s, parent))) return false;
    if (!KIND_SECRET.test(documentAround(ctx.text, m.index))) return false;
    // stringData holds plain text (a list of lower-case words, `payouts,sepa-instant`, is a setting: isNotASecret).
    if (parent === 'stringData') return s.length >= 4 && !/^[|>][-+]?\d?$/u.test(s) && !isNotASecret(s);
    // data: values are base64 by definition
    if (s.length < 4 || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/u.test(s)) return false;
    const decoded = decodeBase64(s);
    return decoded !== undefined && !isNotASecret(decoded) && !isJsonWithoutStrings(decoded);
  },
  envName: 'K8S_SECRET_VALUE',
  references: ['https://kubernetes.io/docs/concepts/configuration/secret/', 'https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/'],
  examples: {
    positive: [
      sampleManifest(),
      `---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  API_TOKEN: "${fake('{a32}')}"\n`,
      // a Django secret key holds a #: quoted, it is still the value; libpq's PGHOST and PGUSER beside it are settings
      `apiVersion: v1\nkind: Secret\ntype: Opaque\nstringData:\n  PGHOST: db-prod.cluster-abc123.eu-west-1.rds.amazonaws.com\n  PGUSER: app_rw\n  DJANGO_SECRET_KEY: "${fake('{l12}', 100811)}#$(${fake('{a20}', 100812)}%^x+"\n`,
      `kind: Secret\napiVersion: v1\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${encodeBase64('-----BEGIN CERTIFICATE-----')}\n  tls.key: ${encodeBase64(fake('{b48}'))}\n`,
      // a Kafka Connect worker's AWS key pair: its key id, base64, under the id's own entry
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s3-sink\ndata:\n  AWS_ACCESS_KEY_ID: ${encodeBase64(fake('AKIA{A16}', 102060))}\n`,
    ],
    negative: [
      // a Django app's switches and host names, kept in its Secret with the credentials
      `apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  DEBUG: ${encodeBase64('False')}\n  MB_DB_TYPE: ${encodeBase64('postgres')}\n  CORS_ORIGINS: ${encodeBase64('app.kestrel-pay.in,admin.kestrel-pay.in')}\n  FEATURE_UPI: ${encodeBase64('true')}\n`,
      // a SOPS-encrypted Secret's values (the file's sops: block further down)
      `apiVersion: v1\nkind: Secret\ntype: Opaque\nstringData:\n    REDIS_URL: ENC[AES256_GCM,data:${fake('{a200}', 102046)}=,iv:${fake('{a43}', 102047)}=,tag:${fake('{a22}', 102048)}==,type:str]\n`,
      // git-sync's SSH secret: the known_hosts entry beside the key is the server's public key
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: git-sync-ssh\ndata:\n  known_hosts: ${encodeBase64(`github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake('{b43}', 101964)}`)}\n`,
      // an empty registry config, kustomize's stand-in for the sealed one
      `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${encodeBase64('{"auths":{}}')}\n`,
      // the path of the file the service account's key is mounted at
      'apiVersion: v1\nkind: Secret\ntype: Opaque\nstringData:\n  GOOGLE_APPLICATION_CREDENTIALS: /var/run/secrets/gcp/service-account.json\n',
      `apiVersion: v1\nkind: Secret\nstringData:\n  TWILIO_FROM_SG: "+65${fake('{d8}', 101020)}"\n`,
      // a JDBC URL without credentials beside the password entry's placeholder
      'apiVersion: v1\nkind: Secret\nstringData:\n  SPRING_DATASOURCE_URL: jdbc:postgresql://ledger-db.internal:5432/ledger\n',
      // a mail provider's sending domain and a relay's host name beside the keys
      `apiVersion: v1\nkind: Secret\nstringData:\n  MAILGUN_DOMAIN: mg.brightwater-lending.com\n  RELAY: smtp.eu.mailrelay.example\n`,
      // feature flags as a JSON object
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\ndata:\n  FEATURE_FLAGS: ${btoa('{"upi_autopay":true,"emi_on_debit":false}')}\n`,
      // a CA certificate under an entry of any name
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\ndata:\n  UPSTREAM_TRUST: ${btoa('-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTES\n')}`,
      // an Airflow connection URI without credentials (its query names a region and a role)
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: airflow-connections\nstringData:\n  AIRFLOW_CONN_AWS_DEFAULT: "aws://?region_name=eu-west-1&role_arn=arn%3Aaws%3Aiam%3A%3A000000000000%3Arole%2Fairflow-worker"',
      // a Sentry DSN, which every browser sends with its events
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: web-env\nstringData:\n  SENTRY_DSN: "https://${fake('{h32}', 100981)}@o${fake('{d6}', 100982)}.ingest.de.sentry.io/${fake('{d7}', 100983)}"`,
      // the same with today's sixteen-digit project id
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: web-env\nstringData:\n  SENTRY_DSN: "https://${fake('{h32}', 101178)}@o${fake('{d10}', 101179)}.ingest.de.sentry.io/45${fake('{d14}', 101180)}"`,
      // placeholders that CI replaces, a publishable key, a site name
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gameserver\ndata:\n  sa.json: ${encodeBase64('<placeholder>\n')}\n  FRESHDESK_API_KEY: ${encodeBase64('changeme')}\nstringData:\n  STRIPE_PUBLISHABLE_KEY_TEST: "pk_test_${fake('{a24}', 71)}"\n  DD_SITE: "us5.datadoghq.com"\n  ADYEN_MERCHANT_ACCOUNT: "ShopExampleECOM"\n`,
      `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${encodeBase64('{"auths":{"https://index.docker.io/v1/":{"auth":"${DOCKER_AUTH}"}}}')}\n`,
      `kind: Secret\napiVersion: v1\ndata:\n  admin.passwordMtime: ${encodeBase64('2024-05-02T08:14:51Z')}\nstringData:\n  admin.password: "$2a$10$${fake('{b53}').replace(/\+/gu, '.')}"\n  url: https://git.example.org/platform\n  githubAppID: "731502"\n`,
      // a signing key's id and algorithm beside the key
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: oidc-client-key\nstringData:\n  kid: "shop-sig-2026-03"\n  alg: "ES256"\n',
      sampleManifest().replace('kind: Secret', 'kind: ConfigMap'),
      // a bootstrap server, feature flags and an empty docker config: settings, not credentials
      `apiVersion: v1\nkind: Secret\nstringData:\n  KAFKA_BOOTSTRAP: "pkc-l6wr6.europe-west2.gcp.confluent.cloud:9092"\n  FEATURE_FLAGS: "eob_summaries=true,hsa_plaid=false"\n  TWILIO_FROM_NUMBER: "+15005550006"\ndata:\n  .dockerconfigjson: e30=\n`,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  labels:\n    app: ${encodeBase64('shop_app')}\ndata:\n  password: \${DB_PASSWORD}\n`,
      `kind: Secret\ndata:\n  password: <base64-encoded-password>\n  token: abc\n`,
      'apiVersion: v1\nkind: Secret\ntype: Opaque\nstringData:\n  EBICS_HOST_ID: DEUTDEFFXEBICS\n  EBICS_PARTNER_ID: KP04711\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\nstringData:\n  FEATURE_FLAGS: "payouts,sepa-instant,refunds"\n',
      'apiVersion: v1\nkind: Secret\ntype: Opaque\nstringData:\n  PAYROLL_TIMEZONE: Europe/Berlin\n  EXPORT_COUNTRIES: "DE,AT"\n  NOTIFY_TO: payroll@fahrwerk-mobil.de\n',
      `kind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${encodeBase64('-----BEGIN CERTIFICATE-----')}\n`,
      `kind: Secret\ntype: Opaque\ndata:\n  DB_USER: ${encodeBase64('payments')}\n  DB_HOST: ${encodeBase64('db.internal')}\n  LOG_LEVEL: ${encodeBase64('info')}\n`,
      `kind: SecretProviderClass\nspec:\n  parameters:\n    data: x\ndata:\n  key: ${encodeBase64(fake('{a20}'))}\n`,
    ],
  },
});
