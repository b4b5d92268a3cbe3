import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'resend-api-key',
  category: 'secret',
  description: 'Resend API key (re_…_…)',
  keywords: ['re_'],
  // re_ + 8 alphanumerics (key id) + _ + 24 alphanumerics (secret)
  pattern: /(?<![\w]|(?<!:)-)re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(12), 2) && looksRandom(s.slice(12), 3.5),
  publicPrefix: 3,
  envName: 'RESEND_API_KEY',
  references: ['https://resend.com/docs/dashboard/api-keys/introduction'],
  examples: {
    positive: [`RESEND_API_KEY=${fake('re_{a8}_{a24}')}`, `const resend = new Resend('${fake('re_{a8}_{a24}', 4)}');`],
    negative: [
      'RESEND_API_KEY=re_123456789',
      're_compile_patterns_for_the_matching_engine',
      `RESEND_API_KEY=${fake('re_{a8}_{a12}')}`,
      fake('rx_{a8}_{a24}'),
    ],
  },
});
