import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'cloudflare-origin-ca-key',
  category: 'secret',
  description: 'Cloudflare Origin CA key (v1.0-…)',
  keywords: ['v1.0-'],
  // v1.0- + 24 hex + - + 146 hex
  pattern: /(?<![\w.]|(?<!:)-)v1\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(5), 3.3),
  publicPrefix: 5,
  envName: 'CLOUDFLARE_ORIGIN_CA_KEY',
  references: ['https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/'],
  examples: {
    positive: [
      `CLOUDFLARE_ORIGIN_CA_KEY=${fake('v1.0-{h24}-{h146}')}`,
      `-H "X-Auth-User-Service-Key: ${fake('v1.0-{h24}-{h146}', 8)}"`,
    ],
    negative: [fake('v1.0-{h24}-{h100}'), fake('v2.0-{h24}-{h146}'), 'version: v1.0-beta-2024'],
  },
});
