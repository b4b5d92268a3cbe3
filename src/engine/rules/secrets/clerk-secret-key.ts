import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isNear, looksRandom } from './_providerKit';

export default defineRule({
  id: 'clerk-secret-key',
  category: 'secret',
  description: 'Clerk secret key (sk_live_/sk_test_…) near a mention of Clerk',
  keywords: ['clerk'],
  // sk_live_ / sk_test_ + 30-80 alphanumerics. NOTE: Stripe uses the same prefixes, so "clerk"
  // must appear close by (CLERK_SECRET_KEY, @clerk/…); pk_… publishable keys are public.
  pattern: /(?<![\w]|(?<!:)-)sk_(?:live|test)_[A-Za-z0-9]{30,80}(?![\w-])/gu,
  validate: (s, ctx) => hasCharClasses(s.slice(8), 2) && looksRandom(s.slice(8), 3.5) && isNear(ctx, /clerk/iu, 120, 60),
  publicPrefix: 8,
  envName: 'CLERK_SECRET_KEY',
  references: ['https://clerk.com/docs/deployments/clerk-environment-variables'],
  examples: {
    positive: [`CLERK_SECRET_KEY=${fake('sk_live_{a42}')}`, `import { createClerkClient } from '@clerk/backend';\nconst clerk = createClerkClient({ secretKey: '${fake('sk_test_{a42}', 2)}' });`],
    negative: [
      `STRIPE_SECRET_KEY=${fake('sk_live_{a42}')}`,
      `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=${fake('pk_live_{a42}')}`,
      'CLERK_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
});
