import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'twitter-bearer-token',
  category: 'secret',
  description: 'Twitter / X app-only bearer token (AAAAAAAAAAAAAAAAAAAAA…)',
  keywords: ['aaaaaaaaaaaaaaaaaaaa'],
  // a run of 20+ A, then 80-160 alphanumerics and URL escapes (%2B, %3D); not inside a base64 blob
  pattern: /(?<![\w%+/-])A{20}[A-Za-z0-9%]{80,160}(?![\w%+/=-])/gu,
  validate: (s) => {
    const body = s.replace(/^A+/u, '');
    return body.length >= 60 && hasCharClasses(body, 3) && looksRandom(body, 4);
  },
  publicPrefix: 20,
  envName: 'TWITTER_BEARER_TOKEN',
  references: ['https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens'],
  examples: {
    positive: [
      `TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA${fake('{a12}')}AAAAAAA${fake('{a20}')}%2B${fake('{a30}')}%3D${fake('{a40}')}`,
      `client = tweepy.Client(bearer_token="AAAAAAAAAAAAAAAAAAAAA${fake('{a70}', 2)}%3D${fake('{a20}', 3)}")`,
    ],
    negative: ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', `TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA${fake('{a20}')}`, `data:image/png;base64,AAAAAAAAAAAAAAAAAAAAAAAA${fake('{a100}')}`, `font: ${fake('{b40}')}+AAAAAAAAAAAAAAAAAAAAAAAA${fake('{a100}', 5)}/${fake('{b40}', 6)}`],
  },
});
