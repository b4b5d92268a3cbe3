import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'supabase-personal-access-token',
  category: 'secret',
  description: 'Supabase personal access token (sbp_…)',
  keywords: ['sbp_'],
  // sbp_ (or sbp_oauth_) + 40 lower-case hex characters
  pattern: /(?<![\w]|(?<!:)-)sbp_(?:oauth_)?[a-f0-9]{40}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(-40), 3),
  publicPrefix: 4,
  envName: 'SUPABASE_ACCESS_TOKEN',
  references: ['https://supabase.com/docs/guides/api/management-api#authentication', 'https://supabase.com/docs/reference/cli/supabase-login'],
  examples: {
    positive: [`SUPABASE_ACCESS_TOKEN=${fake('sbp_{h40}')}`, `supabase login --token ${fake('sbp_{h40}', 4)}`],
    negative: [fake('sbp_{h32}'), 'SUPABASE_ACCESS_TOKEN=sbp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('sbp_{a40}'), fake('sb_publishable_{w31}')],
  },
});
