import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// The id of a service account's key (40 hex) in its JSON key file. Not the key itself, but it names
// the key to revoke, and it only appears next to one: the file it sits in is the leak.
export default defineRule({
  id: 'google-service-account-key-id',
  category: 'secret',
  description: 'Google Cloud service-account key id (private_key_id in a JSON key file)',
  severity: 'warning',
  keywords: ['private_key_id'],
  pattern: /["']private_key_id["'][ \t]{0,8}:[ \t]{0,8}["']([0-9a-f]{40})["']/gu,
  secretGroup: 1,
  validate: (s) => looksRandom(s, 3),
  envName: 'GOOGLE_PRIVATE_KEY_ID',
  references: ['https://cloud.google.com/iam/docs/keys-create-delete#creating'],
  examples: {
    positive: [`{\n  "type": "service_account",\n  "project_id": "fw-analytics-prod",\n  "private_key_id": "${fake('{h40}', 1)}",`],
    negative: ['"private_key_id": "0000000000000000000000000000000000000000"', '"private_key_id": "<key-id>"', `"key_id": "${fake('{h40}', 2)}"`],
  },
});
