import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'stripe-webhook-secret',
  category: 'secret',
  description: 'Stripe webhook signing secret (whsec_…)',
  keywords: ['whsec_'],
  // whsec_ + 32-88 base64 characters (32 alphanumerics from Stripe; base64 from Svix-style signers)
  pattern: /(?<![\w]|(?<!:)-)whsec_[A-Za-z0-9+/]{32,88}={0,2}(?![\w+/=-])/gu,
  validate: (s) => hasCharClasses(s.slice(6), 2) && minEntropy(s.slice(6), 3.5),
  publicPrefix: 6,
  envName: 'STRIPE_WEBHOOK_SECRET',
  references: ['https://docs.stripe.com/webhooks#verify-events', 'https://docs.stripe.com/webhooks/signature'],
  examples: {
    positive: [
      `STRIPE_WEBHOOK_SECRET=${fake('whsec_{a32}')}`,
      `const endpointSecret = '${fake('whsec_{a32}', 6)}';`,
    ],
    negative: [
      `STRIPE_WEBHOOK_SECRET=${fake('whsec_{a20}')}`,
      'STRIPE_WEBHOOK_SECRET=whsec_...',
      'STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `STRIPE_PUBLISHABLE_KEY=${fake('pk_live_{a99}')}`,
    ],
  },
});
