import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'supabase-secret-key',
  category: 'secret',
  description: 'Supabase secret API key (sb_secret_…)',
  keywords: ['sb_secret_'],
  // sb_secret_ + 20-120 base64url characters. NOTE: sb_publishable_ keys are public by design.
  pattern: /(?<![\w]|(?<!:)-)sb_secret_[A-Za-z0-9_-]{20,120}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(10), 2) && looksRandom(s.slice(10), 3.5),
  publicPrefix: 10,
  envName: 'SUPABASE_SECRET_KEY',
  references: ['https://supabase.com/docs/guides/api/api-keys'],
  examples: {
    positive: [
      `${fake('sb_secret_{w22}_{a8}')} is the service key for the staging project so treat it like the database password and never ship it to the browser bundle`,
      `SUPABASE_SECRET_KEY=${fake('sb_secret_{w22}_{a8}', 4)}`,
      `createClient(url, "${fake('sb_secret_{w31}', 2)}")`],
    negative: [
      `SUPABASE_PUBLISHABLE_KEY=${fake('sb_publishable_{w22}_{a8}')}`,
      'SUPABASE_SECRET_KEY=sb_secret_your_key_here',
      'SUPABASE_SECRET_KEY=sb_secret_...',
      fake('sb_secret_{a10}'),
    ],
  },
});
