import { defineRule, fake, hasCharClasses } from '../defineRule';
import { keyedSecret, looksRandom } from './_providerKit';

export default defineRule({
  id: 'twitter-api-secret',
  category: 'secret',
  description: 'Twitter / X API secret: consumer secret (50) or access token secret (45), named as such',
  keywords: ['twitter', 'tw_', 'tw-'],
  // the key name holds the keyword; the value follows within the assignment
  window: { before: 30, after: 260 },
  // 45-50 alphanumerics assigned to TWITTER_API_SECRET / TWITTER_CONSUMER_SECRET /
  // TWITTER_ACCESS_TOKEN_SECRET and the like
  pattern: keyedSecret(
    String.raw`(?:twitter|\btw)[\w.-]{0,20}?(?:consumer[_-]?|api[_-]?(?:key[_-]?)?|access[_-]?(?:token[_-]?)?|client[_-]?)secret(?:[_-]?key)?`,
    String.raw`[A-Za-z0-9]{45,50}(?![\w-])`,
  ),
  secretGroup: 1,
  validate: (s) => hasCharClasses(s, 2) && looksRandom(s, 3.5),
  envName: 'TWITTER_API_SECRET',
  references: ['https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret'],
  examples: {
    positive: [`TWITTER_API_SECRET=${fake('{a50}')}`, `twitter_access_token_secret: "${fake('{a45}', 2)}"`],
    negative: [`TWITTER_API_KEY=${fake('{a25}')}`, `TWITTER_API_SECRET=${fake('{a30}')}`, 'TWITTER_API_SECRET=${TWITTER_API_SECRET}'],
  },
});
