import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'sentry-user-auth-token',
  category: 'secret',
  description: 'Sentry user auth token (sntryu_…)',
  keywords: ['sntryu_'],
  // sntryu_ + 64 lower-case hex characters
  pattern: /(?<![\w]|(?<!:)-)sntryu_[a-f0-9]{64}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(7), 3.3),
  publicPrefix: 7,
  envName: 'SENTRY_AUTH_TOKEN',
  references: ['https://docs.sentry.io/account/auth-tokens/#user-auth-tokens'],
  examples: {
    positive: [
      `SENTRY_AUTH_TOKEN=${fake('sntryu_{h64}')}`,
      `curl -H 'Authorization: Bearer ${fake('sntryu_{h64}', 12)}' https://sentry.io/api/0/projects/`,
    ],
    negative: [fake('sntryu_{h40}'), 'SENTRY_AUTH_TOKEN=sntryu_your_token_here', fake('sntrys_{h64}')],
  },
});
