import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'linear-oauth-token',
  category: 'secret',
  description: 'Linear OAuth access token (lin_oauth_…)',
  keywords: ['lin_oauth_'],
  // lin_oauth_ + 64 hex characters (40-80 alphanumerics accepted)
  pattern: /(?<![\w]|(?<!:)-)lin_oauth_[A-Za-z0-9]{40,80}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(10), 3.3),
  publicPrefix: 10,
  envName: 'LINEAR_ACCESS_TOKEN',
  references: ['https://linear.app/developers/oauth-2-0-authentication'],
  examples: {
    positive: [
      `LINEAR_ACCESS_TOKEN=${fake('lin_oauth_{h64}')}`,
      `curl -H "Authorization: Bearer ${fake('lin_oauth_{h64}', 3)}" https://api.linear.app/graphql`,
    ],
    negative: [fake('lin_oauth_{h32}'), 'lin_oauth_0000000000000000000000000000000000000000', fake('lin_api_{a40}')],
  },
});
