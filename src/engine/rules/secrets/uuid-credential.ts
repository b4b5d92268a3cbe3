import { native } from '../../scan/nativeRegex';
import { defineRule, fake, minEntropy } from '../defineRule';
import { UUID_SOURCE } from './_generic';
import { isVendorSample } from '../../scan/filters';

/**
 * Keys whose UUID names a request, a position or a record, not a caller (a Vault AppRole's SECRET_ID is its password),
 * or one that a client is meant to see: BankID's `autoStartToken` and `qrStartToken` start the user's app.
 * A message broker's lock or lease on one message (Azure Service Bus's `lockToken`, a blob's lease id,
 * an SQS receipt) names that hold: settling the message takes the broker's own credentials too.
 * An OpenTravel message's `EchoToken` pairs a response with its request.
 * (A page's token is a cursor; Statuspage's `STATUSPAGE_API_KEY` is a key.)
 */
const NOT_A_CREDENTIAL = /(?<![A-Z])LOCK|LEASE|RECEIPT|DELIVERY_?TAG|(?<![A-Z])ETAG|IDEMPOTENCY|REQUEST|ECHO_?TOKEN|START_?TOKEN|TRACE|CORRELATION|SESSION|CSRF|XSRF|(?<![A-Z])PAGE|NEXT|CURSOR|CONTINUATION|RESUMPTION|DEVICE|PUSH|INSTALL|CLIENT_ID|(?<!SECRET)_ID$/u;

// Several services issue credentials shaped like UUIDs: Postmark server tokens, Codecov upload
// tokens, Cypress record keys, Opsgenie and Heroku API keys, legacy npm tokens. The shared filters
// drop UUIDs as identifiers; here the key says credential: an environment-style name with a
// service's prefix and a TOKEN / API_KEY / KEY / SECRET suffix (`POSTMARK_SERVER_TOKEN=`,
// `CODECOV_TOKEN:`, `CYPRESS_RECORD_KEY=`, Proxmox Backup's `PBS_PASSWORD=` holding an API token),
// the same in camelCase (`codecovToken=`, `herokuApiKey:`) or in a config's snake case
// (`consul_agent_token:`, Consul's ACL tokens are UUIDs), or a config key `api_token:` / `api_key:`;
// an .npmrc's `:_authToken=` for a registry that issues UUID tokens (Font Awesome Pro's), and a Redis
// instance's AUTH string (Google Memorystore's `auth_string` is a UUID); HubSpot's legacy `hapikey`;
// Yandex's Maps and Geocoder keys (`GEOCODER_APIKEY`, `yaMapsKey`).
export default defineRule({
  id: 'uuid-credential',
  category: 'secret',
  acceptsUuid: true,
  description: 'UUID-shaped API token or key under a credential key name (Postmark, Codecov, Cypress, Opsgenie…)',
  generic: true,
  // camelCase keys end in the word itself: `codecovToken=`, so the token's own operator or quote follows it.
  keywords: ['_token', '_key', 'auth_string', 'salt_key', '_secret', 'apikey', '_password', 'token=', 'token:', 'token"', "token'", 'token =', 'secret=', 'secret:', 'secret"', "secret'", 'secret =', 'secret_id', 'secret-id', 'client-secret', 'mapskey', 'geocoderkey'],
  window: { before: 64, after: 120 },
  // NOTE: the match starts at the `:` or `=` before a UUID; the key is read by a lookbehind.
  pattern: new RegExp(
    String.raw`[:=](?=[ \t]{0,3}["']?[0-9a-fA-F]{8}-)(?<=(?<![A-Za-z0-9_])(_?[A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){0,4}_(?:API_TOKEN|AUTH_TOKEN|ACCESS_TOKEN|SERVER_TOKEN|UPLOAD_TOKEN|TOKEN|API_KEY|REST_KEY|RECORD_KEY|SECRET_KEY|SALT_KEY|SIGNATURE_KEY|SIGNING_KEY|HMAC_KEY|APIKEY|MAPS_KEY|GEOCODER_KEY|SECRET|PASSWORD)|SIGNATURE_KEY|SIGNING_KEY|SIGNING_SECRET|WEBHOOK_SECRET|HMAC_KEY|[a-z][a-z0-9]{1,30}(?:_[a-z0-9]{1,30}){0,4}_(?:api_token|auth_token|access_token|acl_token|agent_token|master_token|token|api_key|apikey|maps_key|geocoder_key|secret_key|salt_key|secret|password)|api_token|api_key|apikey|hapikey|auth_token|access_token|secret_key|salt_key|client_secret|client-secret|secret_id|secret-id|(?:[a-z][a-z0-9]{1,30})?(?:[A-Z][a-z0-9]{1,30}){0,3}(?:ApiToken|AuthToken|AccessToken|ServerToken|UploadToken|Token|ApiKey|MapsKey|GeocoderKey|RecordKey|SecretKey|Secret)|_authToken|(?:[a-z][a-z0-9]{1,30}_)?auth_string)["']?[ \t]{0,24}[:=])[ \t]{0,3}["']?(${UUID_SOURCE})(?![\w-])` +
      // A CI system's variables export or an app-settings list: {"key": "SNYK_TOKEN", "value": "<uuid>"} (groups 3 and 4).
      String.raw`|"(?:key|name)"[ \t]*:[ \t]*"([\w.-]{0,40}(?:TOKEN|SECRET|PASSWORD|API_KEY|APIKEY|Token|Secret|Password|ApiKey|token|secret|password|api_key|apikey))"[ \t]*,[ \t\r\n]*"value"[ \t]*:[ \t]*"(${UUID_SOURCE})"`,
    'gu',
  ),
  secretGroup: [2, 4],
  validate: (value, ctx) => {
    const key = (ctx.match[1] ?? ctx.match[3] ?? '').toUpperCase();
    if (native(NOT_A_CREDENTIAL).test(key)) return false;
    const hex = value.replace(/-/gu, '');
    // (A vendor's published sandbox key, as PhonePe's UAT salt key: the shared filters are skipped here.)
    return minEntropy(hex, 3) && !/^0+$|^f+$/iu.test(hex) && !isVendorSample(value);
  },
  // UUIDs are otherwise dropped by the shared filters as identifiers; the key name decides here.
  skipFilters: true,
  envName: 'API_TOKEN',
  references: [
    'https://postmarkapp.com/developer/api/overview#authentication',
    'https://docs.codecov.com/docs/codecov-tokens',
    'https://docs.cypress.io/cloud/account-management/projects#Record-key',
  ],
  examples: {
    positive: [
      `POSTMARK_SERVER_TOKEN=${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 441)}`,
      `export PBS_PASSWORD='${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 570)}'`,
      `    private static final String SIGNATURE_KEY = "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 594)}";`,
      `      CODECOV_TOKEN: ${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 442)}`,
      `2024-05-14T08:10:53.6784511Z CYPRESS_RECORD_KEY=${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 443)}`,
      `opsgenie:\n  api_key: '${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 444)}'`,
      `codecovToken=${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 571)}`,
      `consul_agent_token: "${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 101040)}"`,
      `//npm.fontawesome.com/:_authToken=${fake('{H8}-{H4}-4{H3}-A{H3}-{H12}', 101661)}`,
      `redis_auth_string = "${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 101662)}"`,
      // an SIS's OAuth client secret, a Vault AppRole's secret_id
      `      client_secret: "${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 574)}"`,
      `_FALLBACK_CLIENT_SECRET = "${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 575)}"`,
      `# secret_id = "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 576)}"`,
      // a Go client's camelCase secret, a GitLab variables export's pair
      `\tclientSecret = "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101024)}"`,
      `  {\n    "variable_type": "env_var",\n    "key": "SNYK_TOKEN",\n    "value": "${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 101025)}",\n    "masked": true\n  }`,
      // Braze's REST API key
      `BRAZE_REST_KEY=${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 101113)}`,
      // an ASP.NET appsettings section's PascalCase key
      `  "Postmark": {\n    "ServerToken": "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101104)}",`,
      // a payment gateway's salt key (PhonePe signs requests with it), a Terraform variables file's aligned secret key
      `salt_key = "${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 101265)}"`,
      `scw_secret_key      = "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101266)}"`,
      // a status page's API key (its key is no pagination cursor's), HubSpot's legacy API key in a sync config
      `statuspage_api_key = "${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 101725)}"`,
      `  hubspot:\n    hapikey: ${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101726)}`,
      // Yandex Maps keys in a build's environment and in a front end's config
      `      REACT_APP_YANDEX_MAPS_KEY: ${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 101732)}`,
      `  const yaMapsKey = '${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101733)}';`,
    ],
    negative: [
      `STRIPE_IDEMPOTENCY_TOKEN=${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 445)}`,
      `"session_token": "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 446)}"`,
      `next_page_token: "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101041)}"`,
      'POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000',
      `AZURE_CLIENT_ID=${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 447)}`,
      `  "continuationToken": "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 572)}",`,
      `deviceToken: ${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 573)}`,
      `{"orderRef": "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101128)}", "autoStartToken": "${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 101129)}", "qrStartToken": "${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 101130)}"}`,
      `"requestId": "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 448)}", "token": "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 449)}"`,
      `  {\n    "key": "RUNNER_SESSION_ID",\n    "value": "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101026)}"\n  }`,
      `  {\n    "key": "SESSION_TOKEN",\n    "value": "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101027)}"\n  }`,
      // a Service Bus consumer's log: the message's lock token
      `2024-05-13T00:00:43.994Z INFO 1 --- [receiver] settled message topic=claims-accepted lockToken=${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 102107)}`,
      // a channel manager's log of an OpenTravel request: its echo token
      `<OTA_HotelAvailNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 102117)}" Version="1.0">`,
    ],
  },
});
