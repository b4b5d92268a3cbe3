import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue, isRandomToken } from './_generic';

// Terraform state (terraform.tfstate, or a piece of it pasted into a chat) stores every resource's
// attributes in plain text: random_password's result, API keys a provider created, secrets sent
// to a CI system. Only the attributes of a resource instance count: `"attributes": { … }`.
// (And Azure's account keys: a storage account's, a Cosmos DB account's `primary_key`, `secondary_access_key`, `primary_master_key`.)
const KEYS = 'result|key|secret|password|token|plaintext_value|private_key|access_key|secret_key|api_key|client_secret|master_password|auth_token|encrypted_secret|(?:primary|secondary)_(?:key|access_key|master_key|readonly_(?:master_)?key)|secret_data';

/** A storage object's path: folders, then a file name with an extension. */
const OBJECT_PATH = /^(?:[\w.@=-]+\/)+[\w.@=-]*\.[A-Za-z][A-Za-z0-9]{0,5}$/u;

export default defineRule({
  id: 'terraform-state-secret',
  category: 'secret',
  description: 'Secret attribute of a resource in Terraform state (random_password result, created API keys)',
  keywords: ['"attributes"'],
  window: { before: 0, after: 2400 },
  // NOTE: the key is consumed first and the instance's attribute block checked behind it, so the
  // lookbehind runs only at the few keys of that name. Strings in the block may hold braces
  // (random_password's `override_special`).
  pattern: new RegExp(`"(?:${KEYS})"(?<="attributes"[ \\t]*:[ \\t]*\\{(?:[^{}"]|"(?:[^"\\\\\\n]|\\\\.){0,300}"){0,400}"(?:${KEYS})")[ \\t]*:[ \\t]*"([^"\\\\\\s]{12,4096})"`, 'gu'),
  secretGroup: 1,
  // (An S3 object's or a bucket item's `key` is its path: `templates/de-CH/page_0.ftl`.)
  validate: (s) => isLiteralSecretValue(s, true, 12) && isRandomToken(s, 12, 3) && !OBJECT_PATH.test(s),
  envName: 'TF_SECRET',
  references: ['https://developer.hashicorp.com/terraform/language/state/sensitive-data'],
  examples: {
    positive: [
      `{ "type": "random_password", "instances": [{ "attributes": { "id": "none", "length": 24, "override_special": "!#%&*()-_=+[]{}<>:?", "result": "${fake('{a19}', 3)}:t5Z?" } }] }`,
      // a Cosmos DB account's primary key in its instance's attributes
      `{ "type": "azurerm_cosmosdb_account", "instances": [{ "attributes": { "endpoint": "https://acme-prod.documents.azure.com:443/", "primary_key": "${fake('{b86}', 101650)}==" } }] }`,
      `{ "type": "random_password", "name": "redis", "instances": [{ "attributes": { "result": "${fake('{a20}', 1)}#", "length": 21, "special": true } }] }`,
      `"type": "datadog_api_key",\n "instances": [{ "attributes": { "key": "${fake('{h32}', 2)}", "id": "ingest" } }]`,
    ],
    negative: [
      '{ "instances": [{ "attributes": { "result": "${random_password.redis.result}" } }] }',
      '{"data": {"type": "articles", "attributes": {"title": "JSON:API paints my bikeshed!", "key": "bikeshed-colours"}}}',
      '"attributes": { "id": "sg-0a1b2c3d4e5f67890", "name": "web" }',
      '{ "type": "aws_s3_object", "instances": [{ "attributes": { "bucket": "lm-docs-prod", "key": "templates/de-CH/page_17.ftl", "etag": "x" } }] }',
    ],
  },
});
