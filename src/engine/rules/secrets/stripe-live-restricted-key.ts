import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'stripe-live-restricted-key',
  category: 'secret',
  description: 'Stripe live restricted API key (rk_live_…)',
  keywords: ['rk_live_'],
  // rk_live_ + 24-247 alphanumerics (Stripe keys are at most 255 characters)
  pattern: /(?<![\w]|(?<!:)-)rk_live_[A-Za-z0-9]{24,247}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(8), 2) && minEntropy(s.slice(8), 3.2),
  publicPrefix: 8,
  envName: 'STRIPE_RESTRICTED_KEY',
  references: ['https://docs.stripe.com/keys', 'https://docs.stripe.com/keys#obtain-api-keys'],
  examples: {
    positive: [
      `STRIPE_RESTRICTED_KEY=${fake('rk_live_' + '51{a22}{a75}')}`,
      `stripe.api_key = "${fake('rk_live_' + '{a24}', 3)}"`,
      // a shell parameter's default (the provider rules' lookbehind lets a `-` after `:` through)
      `STRIPE_KEY="\${STRIPE_KEY:-${fake('rk_live_' + '51{a22}{a75}', 100991)}}"`,
    ],
    negative: [
      `STRIPE_PUBLISHABLE_KEY=${fake('pk_live_' + '51{a22}{a75}')}`,
      `STRIPE_RESTRICTED_KEY=${fake('rk_live_' + '{a12}')}`,
      'STRIPE_RESTRICTED_KEY=rk_live_' + 'xxxxxxxxxxxxxxxxxxxxxxxx',
      `STRIPE_RESTRICTED_KEY=${fake('sk_live_' + '51{a22}{a75}')}`,
    ],
  },
});
