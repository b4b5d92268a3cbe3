import { defineRule, fake } from '../defineRule';
import { keyedSource, looksRandom } from './_providerKit';

export default defineRule({
  id: 'cloudflare-global-api-key',
  category: 'secret',
  description: 'Cloudflare Global API Key: scannable cfk_ format, or 37 hex characters named as a Cloudflare key',
  keywords: ['cfk_', 'cloudflare', 'cf_', 'cf-', 'x-auth-key'],
  // the prefixed form holds the keyword; legacy forms sit next to a Cloudflare name
  window: { before: 400, after: 400 },
  // (1) cfk_ + 40 alphanumerics + 8-hex checksum; (2) legacy key: 37 lower-case hex characters
  // assigned to a Cloudflare API/global/auth key name or sent in the X-Auth-Key header
  pattern: new RegExp(
    [
      String.raw`(?<![\w-])(cfk_[A-Za-z0-9]{40}[a-f0-9]{8})(?![\w-])`,
      keyedSource(
        String.raw`cloudflare[\w.-]{0,16}?(?:api[_-]?key|global[_-]?(?:api[_-]?)?key|auth[_-]?key)|\bcf[_-](?:api[_-]|global[_-]|auth[_-])?key|x-auth-key`,
        String.raw`[a-f0-9]{37}(?![\w-])`,
      ),
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2],
  validate: (s) => looksRandom(s, 3),
  envName: 'CLOUDFLARE_API_KEY',
  references: [
    'https://developers.cloudflare.com/fundamentals/api/get-started/keys/',
    'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/',
  ],
  examples: {
    positive: [
      `CLOUDFLARE_API_KEY=${fake('{h37}')}`,
      `curl -H "X-Auth-Email: dev@acme.test" -H "X-Auth-Key: ${fake('{h37}', 2)}" https://api.cloudflare.com/client/v4/zones`,
      `CF_API_KEY=${fake('cfk_{a40}{h8}')}`,
    ],
    negative: [
      `CLOUDFLARE_API_KEY=${fake('{h36}')}`,
      `CLOUDFLARE_ACCOUNT_ID=${fake('{h32}')}`,
      'X-Auth-Key: 0000000000000000000000000000000000000',
      fake('cfut_{a40}{h8}'),
    ],
  },
});
