import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: '1password-secret-key',
  category: 'secret',
  description: '1Password account Secret Key (A3-XXXXXX-…)',
  keywords: ['a3-'],
  // A3 (version) - 6 (account id) - 26 random characters grouped 6-5-5-5-5 (or 11-5-5-5 in older keys);
  // upper-case letters and digits, 34 characters without the dashes
  pattern: /(?<![\w]|(?<!:)-)A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(10).replace(/-/gu, ''), 3.5),
  publicPrefix: 3,
  envName: 'OP_SECRET_KEY',
  references: ['https://support.1password.com/secret-key/', 'https://support.1password.com/secret-key-security/'],
  examples: {
    positive: [
      `OP_SECRET_KEY=${fake('A3-{u6}-{u6}-{u5}-{u5}-{u5}-{u5}')}`,
      `My 1Password Secret Key is ${fake('A3-{u6}-{u11}-{u5}-{u5}-{u5}', 2)} and the account is acme.1password.com`,
    ],
    negative: [
      'A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
      fake('A3-{u6}-{u6}-{u5}-{u5}'),
      fake('B3-{u6}-{u6}-{u5}-{u5}-{u5}-{u5}'),
      'A3-ABCDEF-GHIJKL-MNOPQ-RSTUV-WXYZA-BCDEF',
    ],
  },
});
