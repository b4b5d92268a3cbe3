import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Confluent Cloud API key and secret written as one credential: 16 upper-case letters and digits,
// a colon, 64 characters of base64 (Schema Registry's `basic.auth.user.info`, a REST call's `-u`).
// The secret is group 1. Or the secret alone, assigned near a Confluent keyword: a JAAS config's
// `password="…"`, a secret store's `value = "…"`, an `api_secret` (group 2).
export default defineRule({
  id: 'confluent-api-secret',
  category: 'secret',
  description: 'Confluent Cloud API secret after its key (KEY:SECRET, Schema Registry basic.auth.user.info)',
  keywords: ['user.info', 'confluent', 'schema.registry', 'schema-registry', 'plainloginmodule'],
  window: { before: 200, after: 300 },
  pattern:
    /(?<![A-Za-z0-9+/])[A-Z0-9]{16}:([A-Za-z0-9+/]{64})(?![A-Za-z0-9+/=])|([A-Za-z0-9+/](?<=(?:password|secret|value)\\?["']?[ \t]{0,24}[:=][ \t]{0,24}\\?["']?[A-Za-z0-9+/])[A-Za-z0-9+/]{63})(?![A-Za-z0-9+/=])/gu,
  secretGroup: [1, 2],
  validate: (s) => hasCharClasses(s, 3) && looksRandom(s, 4),
  envName: 'CONFLUENT_API_SECRET',
  references: ['https://docs.confluent.io/cloud/current/access-management/authenticate/api-keys/api-keys.html'],
  examples: {
    positive: [
      `resource "azurerm_key_vault_secret" "confluent_secret" {\n  name  = "confluent-cloud-api-secret"\n  value = "${fake('{b64}', 600)}"\n}`,`      basic.auth.user.info: "${fake('{u16}', 588)}:${fake('{b64}', 589)}"`, `curl -u ${fake('{u16}', 590)}:${fake('{b64}', 591)} https://psrc-abc12.europe-west3.gcp.confluent.cloud/subjects`],
    negative: [`basic.auth.user.info: "\${SR_KEY}:\${SR_SECRET}"`, `basic.auth.user.info: "${fake('{u16}', 592)}:${'x'.repeat(64)}"`],
  },
});
