import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'stripe-live-secret-key',
  category: 'secret',
  description: 'Stripe live secret key (sk_live_…)',
  keywords: ['sk_live_'],
  // sk_live_ + 24-247 alphanumerics (Stripe keys are at most 255 characters)
  pattern: /(?<![\w]|(?<!:)-)sk_live_[A-Za-z0-9]{24,247}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(8), 2) && minEntropy(s.slice(8), 3.2),
  publicPrefix: 8,
  envName: 'STRIPE_SECRET_KEY',
  references: ['https://docs.stripe.com/keys', 'https://docs.stripe.com/keys#obtain-api-keys'],
  examples: {
    positive: [
      `STRIPE_SECRET_KEY=${fake('sk_live_' + '51{a22}{a75}')}`,
      `stripe.api_key = "${fake('sk_live_' + '{a24}', 3)}"`,
    ],
    negative: [
      `STRIPE_PUBLISHABLE_KEY=${fake('pk_live_' + '51{a22}{a75}')}`,
      `STRIPE_SECRET_KEY=${fake('sk_live_' + '{a12}')}`,
      'STRIPE_SECRET_KEY=sk_live_' + 'xxxxxxxxxxxxxxxxxxxxxxxx',
      `STRIPE_SECRET_KEY=${fake('rk_live_' + '51{a22}{a75}')}`,
    ],
  },
});
