import { defineRule, fake } from '../defineRule';
import { keyedSecret, looksRandom } from './_providerKit';

export default defineRule({
  id: 'twitch-client-secret',
  category: 'secret',
  description: 'Twitch application client secret (30 characters named as a Twitch secret)',
  keywords: ['twitch'],
  // 30 lower-case alphanumerics assigned to TWITCH_CLIENT_SECRET and the like
  pattern: keyedSecret(String.raw`twitch[\w.-]{0,20}?(?:client[_-]?|app[_-]?)?secret`, String.raw`[a-z0-9]{30}(?![\w-])`),
  secretGroup: 1,
  validate: (s) => /^[a-z0-9]+$/u.test(s) && /\d/u.test(s) && /[a-z]/u.test(s) && looksRandom(s, 3.5),
  envName: 'TWITCH_CLIENT_SECRET',
  references: ['https://dev.twitch.tv/docs/authentication/register-app/'],
  examples: {
    positive: [`TWITCH_CLIENT_SECRET=${fake('{l30}')}`, `twitch:\n  twitch_client_secret: "${fake('{l30}', 2)}"`],
    negative: [`TWITCH_CLIENT_ID=${fake('{l30}')}`, `TWITCH_CLIENT_SECRET=${fake('{l20}')}`, 'TWITCH_CLIENT_SECRET=${TWITCH_CLIENT_SECRET}'],
  },
});
