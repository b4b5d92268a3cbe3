import { native } from '../../scan/nativeRegex';
import { defineRule, fake, minEntropy } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// C and C++ macros and constants with a secret-like name, as firmware and embedded code keep Wi-Fi,
// MQTT and OTA credentials: `#define WIFI_PASSWORD "…"`, `#define OTA_SIGNING_HMAC_KEY "…"`. The
// name (group 1) holds PASS, PWD, SECRET, TOKEN, KEY, PSK or CREDENTIAL; the value is group 2.
/** Macro names that hold a public key, a key's (or a pre-shared key's) id or size, or a URL, a path or a label: no secret. */
const NOT_A_SECRET_NAME = /(?:PUBLIC|PUBLISHABLE)_?KEY|(?:KEY|PSK)_?(?:ID|IDENTITY|NAME|PREFIX|SIZE|LEN|LENGTH|PATH|FILE)$|TOKEN_?(?:URL|TYPE|ENDPOINT|HEADER)$|_(?:URL|HOST|PATH|FILE|NAME|PREFIX|FORMAT|LABEL|PROMPT)$/u;

const CIPHER_WORD = native(/(?<![A-Z0-9])(?:TLS|SSL|WITH|AES\d*|SHA\d*|NULL|CCM\d?|PSK|RSA|DHE|ECDHE|RC4|CBC|GCM|CHACHA20|POLY1305|CAMELLIA\d*|ARIA\d*|3?DES|MD5|SEED|ECDSA|ANON|EXPORT|SRP|DSS|ADH|AECDH|IDEA)(?![A-Z0-9])/gu);

export default defineRule({
  id: 'c-define-secret',
  category: 'secret',
  description: 'Secret in a C/C++ #define macro (WIFI_PASSWORD, MQTT_PASS, *_SECRET, *_TOKEN, *_KEY)',
  generic: true,
  keywords: ['#define'],
  pattern:
    /^[ \t]{0,8}#[ \t]{0,4}define[ \t]{1,8}([A-Z0-9_]{0,40}(?:PASS(?:WORD|WD|PHRASE)?|PWD|SECRET|TOKEN|KEY|PSK|CREDENTIALS?)[A-Z0-9_]{0,20})[ \t]{1,40}(?:[LuU]8?)?"([^"\r\n\\]{6,200})"[ \t]*(?:\/\/.*|\/\*.*)?$/gmu,
  secretGroup: 2,
  validate: (s, ctx) => {
    const name = ctx.match[1] ?? '';
    if (native(NOT_A_SECRET_NAME).test(name)) return false;
    // A TLS cipher suite's name under a `…_PSK_…` define (`"TLS_DHE_PSK_WITH_AES_128_CCM"`, `"ECDHE-PSK-NULL-SHA256"`).
    if ((s.match(CIPHER_WORD) ?? []).length >= 2 && /^[A-Z0-9]+(?:[_-][A-Z0-9]+)+$/u.test(s)) return false;
    // Passwords may be short and plain; keys and tokens are long and random.
    const password = /PASS|PWD|PSK/u.test(name);
    return isLiteralSecretValue(s, true, password ? 6 : 16) && minEntropy(s, password ? 2.5 : 3.5) && !/^[A-Za-z_]+$/u.test(s);
  },
  envName: 'SECRET',
  references: ['https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      `#define WIFI_PASSWORD   "${fake('{a5}', 462)}-${fake('{a4}', 463)}%7"`,
      `#define MQTT_PASSWORD   "${fake('{a12}', 464)}9"`,
      `#define OTA_SIGNING_HMAC_KEY "${fake('{h64}', 465)}"`,
      `  #define API_TOKEN "${fake('{a32}', 466)}" // staging`,
    ],
    negative: [
      // a DTLS pre-shared key's identity (the device's name, sent in the clear)
      '#define GOLIOTH_PSK_ID   "bench-unit-417@example-fw"',
      // OpenSSL's cipher suites' names
      '#define TLS1_RFC_DHE_PSK_WITH_AES_128_CCM "TLS_DHE_PSK_WITH_AES_128_CCM"',
      '#define TLS1_TXT_ECDHE_PSK_WITH_NULL_SHA256 "ECDHE-PSK-NULL-SHA256"',
      '#define WIFI_PASSWORD "your-wifi-password"',
      '#define KEY_SIZE "2048"',
      '#define TOKEN_HEADER "Authorization"',
      '#define MQTT_PASSWORD ""',
      '#define API_KEY_PATH "/etc/app/api.key"',
      '#define PASSWORD_PROMPT "Enter password: "',
      '#define SECRET_NAME "db_password"',
    ],
  },
});
