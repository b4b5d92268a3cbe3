import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// PostHog's personal API key (`phx_` and about 43 letters and digits), which reads and writes a
// user's projects through the private API. The project API key (`phc_…`) is public: it sits in every
// page that sends events, so it is no match.
export default defineRule({
  id: 'posthog-personal-api-key',
  category: 'secret',
  description: 'PostHog personal API key (phx_…)',
  keywords: ['phx_'],
  pattern: /(?<![\w]|(?<!:)-)phx_[A-Za-z0-9]{40,50}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'POSTHOG_PERSONAL_API_KEY',
  references: ['https://posthog.com/docs/api#private-endpoint-authentication'],
  examples: {
    positive: [
      `POSTHOG_PERSONAL_API_KEY=${fake('phx_{a43}', 4140)}`,
      `curl -H "Authorization: Bearer ${fake('phx_{a43}', 4141)}" https://eu.posthog.com/api/projects/`,
    ],
    negative: [
      `posthog.init('${fake('phc_{a43}', 4142)}', { api_host: 'https://eu.i.posthog.com' })`,
      'POSTHOG_PERSONAL_API_KEY=phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('phx_{a20}', 4143),
    ],
  },
});
