import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isNear, looksRandom } from './_providerKit';

export default defineRule({
  id: 'twitter-access-token',
  category: 'secret',
  description: 'Twitter / X OAuth 1.0a access token (<user id>-<40 characters>) near a mention of Twitter',
  keywords: ['twitter', 'tweepy'],
  // numeric user id + - + 40 alphanumerics (the matching secret is twitter-api-secret)
  pattern: /(?<![\w]|(?<!:)-)\d{5,20}-[A-Za-z0-9]{40}(?![\w-])/gu,
  validate: (s, ctx) => {
    const body = s.slice(s.indexOf('-') + 1);
    return hasCharClasses(body, 2) && looksRandom(body, 3.5) && isNear(ctx, /twitter|tweepy/iu, 200, 100);
  },
  envName: 'TWITTER_ACCESS_TOKEN',
  references: ['https://developer.x.com/en/docs/authentication/oauth-1-0a/obtaining-user-access-tokens'],
  examples: {
    positive: [`TWITTER_ACCESS_TOKEN=${fake('{d18}-{a40}')}`, `auth = tweepy.OAuth1UserHandler(key, secret, "${fake('{d10}-{a40}', 2)}", token_secret)`],
    negative: [`ORDER_REF=${fake('{d18}-{a40}')}`, `TWITTER_ACCESS_TOKEN=${fake('{d18}-{a20}')}`, `TWITTER_USER_ID=${fake('{d18}')}`],
  },
});
