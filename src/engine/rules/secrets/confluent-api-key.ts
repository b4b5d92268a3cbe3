import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Confluent Cloud API key: 16 upper-case letters and digits, the half of the credential that
// names the account (the secret is confluent-api-secret's). Found where Kafka clients and
// Terraform write it near a Confluent keyword: a JAAS config's `username="…"` (also escaped inside
// a JSON string), `sasl.username`, Schema Registry's `basic.auth.user.info=KEY:…`, an `api_key` or
// a secret store's `value = "…"`. Confluent's own ids (lkc-, env-, pkc-, sa-) are lower case.
// The match starts at the key's first character and reads its assignment in a lookbehind.
export default defineRule({
  id: 'confluent-api-key',
  category: 'secret',
  // Decision (session 50): opt-in. The key names the account, as a user name does; the secret beside
  // it (confluent-api-secret) is the credential, and redacting it is enough. Over the labelled corpora
  // that held Confluent credentials (247b, 248c, 250c) no writer labelled a key, and its findings were
  // 0 true of 10. A team that wants key ids reported switches the rule on with a level.
  optIn: true,
  description: 'Confluent Cloud API key (16 characters) in a Kafka client or Terraform configuration near a Confluent keyword',
  keywords: ['confluent', 'plainloginmodule', 'sasl.username', 'sasl_username', 'user.info'],
  window: { before: 400, after: 400 },
  pattern:
    /[A-Z0-9](?<=(?:username|sasl[._]username|user\.info|api[_.-]?key|key[_.-]?id|value)\\?["']?[ \t]{0,24}[:=][ \t]{0,24}\\?["']?[A-Z0-9])[A-Z0-9]{15}(?![A-Za-z0-9+/=_-])/gu,
  validate: (s) => hasCharClasses(s, 2) && looksRandom(s, 3),
  envName: 'CONFLUENT_API_KEY',
  references: ['https://docs.confluent.io/cloud/current/access-management/authenticate/api-keys/api-keys.html'],
  examples: {
    positive: [
      `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${fake('{u16}', 593)}" password="${fake('{b64}', 594)}";`,
      `basic.auth.user.info=${fake('{u16}', 595)}:${fake('{b64}', 596)}`,
      `resource "azurerm_key_vault_secret" "confluent_key" {\n  name         = "confluent-cloud-api-key"\n  value        = "${fake('{u16}', 597)}"\n}`,
    ],
    negative: [
      'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${CONFLUENT_KEY}" password="${CONFLUENT_SECRET}";',
      `confluent cluster: lkc-${fake('{l6}', 598)}, environment env-${fake('{l5}', 599)}`,
      'bootstrap.servers=pkc-l6wr6.europe-west2.gcp.confluent.cloud:9092\nsasl.username=ABCDEFGHIJKLMNOP',
    ],
  },
});
