import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Confluent Cloud API key and secret written as one credential: 16 upper-case letters and digits,
// a colon, 64 characters of base64 (Schema Registry's `basic.auth.user.info`, a REST call's `-u`).
// The secret is group 1. Or the secret alone, assigned near a Confluent keyword: a JAAS config's
// `password="…"`, a secret store's `value = "…"`, an `api_secret` (group 2). Or the secret of any
// form after its key in Schema Registry's `basic.auth.user.info` (a 32-character one, one with `_`:
// the setting names it; group 3). Or the `API Secret` row of the table `confluent api-key create`
// prints (group 4).
export default defineRule({
  id: 'confluent-api-secret',
  category: 'secret',
  description: 'Confluent Cloud API secret after its key (KEY:SECRET, Schema Registry basic.auth.user.info)',
  keywords: ['user.info', 'confluent', 'schema.registry', 'schema-registry', 'plainloginmodule', '| api secret'],
  window: { before: 200, after: 300 },
  pattern:
    /(?<![A-Za-z0-9+/])[A-Z0-9]{16}:([A-Za-z0-9+/]{64})(?![A-Za-z0-9+/=])|([A-Za-z0-9+/](?<=(?:password|secret|value)\\?["']?[ \t]{0,24}[:=][ \t]{0,24}\\?["']?[A-Za-z0-9+/])[A-Za-z0-9+/]{63})(?![A-Za-z0-9+/=])|:(?<=user\.info\\?["']?[ \t]{0,24}[:=][ \t]{0,24}\\?["']?[A-Z0-9]{16}:)([^\s"'`,;:\\]{16,128})(?![^\s"'`,;:\\])|\|(?<=\|[ \t]{0,3}API Secret[ \t]{0,40}\|)[ \t]{0,3}([A-Za-z0-9+/]{64})(?=[ \t]{0,3}\|)/gu,
  secretGroup: [1, 2, 3, 4],
  validate: (s) => hasCharClasses(s, 3) && looksRandom(s, 4),
  envName: 'CONFLUENT_API_SECRET',
  references: ['https://docs.confluent.io/cloud/current/access-management/authenticate/api-keys/api-keys.html'],
  examples: {
    positive: [
      `resource "azurerm_key_vault_secret" "confluent_secret" {\n  name  = "confluent-cloud-api-secret"\n  value = "${fake('{b64}', 600)}"\n}`,`      basic.auth.user.info: "${fake('{u16}', 588)}:${fake('{b64}', 589)}"`, `curl -u ${fake('{u16}', 590)}:${fake('{b64}', 591)} https://psrc-abc12.europe-west3.gcp.confluent.cloud/subjects`,
      `basic.auth.user.info=${fake('{u16}', 100985)}:${fake('{w32}', 100986)}_${fake('{w31}', 100987)}`,
      `+------------+------------------------------------------------------------------+\n| API Key    | ${fake('{u16}', 100988)}                                                 |\n| API Secret | ${fake('{b64}', 100989)} |\n+------------+------------------------------------------------------------------+`,
    ],
    negative: [`basic.auth.user.info: "\${SR_KEY}:\${SR_SECRET}"`, `basic.auth.user.info: "${fake('{u16}', 592)}:${'x'.repeat(64)}"`],
  },
});
