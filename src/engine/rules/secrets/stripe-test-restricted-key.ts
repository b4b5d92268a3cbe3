import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'stripe-test-restricted-key',
  category: 'secret',
  description: 'Stripe test-mode restricted API key (rk_test_…)',
  keywords: ['rk_test_'],
  // rk_test_ + 24-247 alphanumerics (Stripe keys are at most 255 characters)
  pattern: /(?<![\w]|(?<!:)-)rk_test_[A-Za-z0-9]{24,247}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(8), 2) && minEntropy(s.slice(8), 3.2),
  publicPrefix: 8,
  envName: 'STRIPE_RESTRICTED_KEY',
  references: ['https://docs.stripe.com/keys', 'https://docs.stripe.com/keys#obtain-api-keys'],
  examples: {
    positive: [
      `STRIPE_RESTRICTED_KEY=${fake('rk_test_' + '51{a22}{a75}')}`,
      `stripe.api_key = "${fake('rk_test_' + '{a24}', 3)}"`,
    ],
    negative: [
      `STRIPE_PUBLISHABLE_KEY=${fake('pk_test_' + '51{a22}{a75}')}`,
      `STRIPE_RESTRICTED_KEY=${fake('rk_test_' + '{a12}')}`,
      'STRIPE_RESTRICTED_KEY=rk_test_' + 'xxxxxxxxxxxxxxxxxxxxxxxx',
      `STRIPE_RESTRICTED_KEY=${fake('rk_live_' + '51{a22}{a75}')}`,
    ],
  },
});
