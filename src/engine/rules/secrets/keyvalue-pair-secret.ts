import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// Settings stored as {"key": "<name>", "value": "<value>"} pairs: Postman and Insomnia
// environments and collections, Azure App Service and Terraform variable exports, GitHub Actions
// matrix entries. The secret word is in the key's name, the secret in the sibling "value".
export default defineRule({
  id: 'keyvalue-pair-secret',
  category: 'secret',
  description: 'Secret in a {"key": "…password/token/secret…", "value": "…"} pair (Postman, app settings exports)',
  generic: true,
  keywords: ['"value"'],
  window: { before: 300, after: 300 },
  pattern:
    /"(?:key|name)"[ \t]*:[ \t]*"([\w.-]{0,40}(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|client[_-]?secret)[\w.-]{0,20})"[ \t]*,[ \t\r\n]*"value"[ \t]*:[ \t]*"([^"\\\r\n]{6,300})"/giu,
  secretGroup: 2,
  validate: (s) => isLiteralSecretValue(s, true, 6) && !/^\{\{[^}]*\}\}$|^<[^>]*>$/u.test(s),
  envName: 'SECRET',
  references: ['https://learning.postman.com/docs/sending-requests/variables/managing-environments/'],
  examples: {
    positive: [
      `{"key": "password", "value": "${fake('{a8}', 1)}^${fake('{a6}', 2)}", "type": "text"}`,
      `[{ "name": "STRIPE_API_KEY", "value": "${fake('{a32}', 3)}", "slotSetting": false }]`,
    ],
    negative: [
      '{"key": "password", "value": "{{password}}", "type": "secret"}',
      '{"key": "username", "value": "billing-bot"}',
      '{"key": "token_url", "value": "https://auth.acme.io/token"}',
    ],
  },
});
