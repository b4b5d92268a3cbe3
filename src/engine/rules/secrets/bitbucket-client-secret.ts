import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { contextWords } from './_context';
import { windowAround } from './_providerKit';

export default defineRule({
  id: 'bitbucket-client-secret',
  category: 'secret',
  description: 'Bitbucket OAuth consumer secret assigned to a Bitbucket secret name',
  keywords: ['bitbucket'],
  // context: a key naming a Bitbucket secret (bitbucket_secret, BITBUCKET_CLIENT_SECRET,
  // bitbucketOauthSecret) or client_secret/consumer_secret with "bitbucket" within 300 characters
  // before it, an assignment, then the value (group 1): 32 alphanumerics.
  pattern:
    /(?<![A-Za-z0-9])(?:bitbucket[\w.-]{0,20}?secret|(?:client|consumer|oauth)[_.-]?secret)["'`]?(?:[ \t]{0,5}(?:=|:=|=>|:)[ \t]{0,5}|[ \t]{1,5})["'`]?([A-Za-z0-9]{32})(?![A-Za-z0-9])/giu,
  secretGroup: 1,
  validate: (s, ctx) => {
    if (!hasCharClasses(s, 2) || !minEntropy(s, 3.5)) return false;
    return contextWords(ctx).includes('bitbucket') || /bitbucket/iu.test(windowAround(ctx, 300, 0));
  },
  envName: 'BITBUCKET_CLIENT_SECRET',
  references: ['https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/'],
  examples: {
    positive: [
      `BITBUCKET_CLIENT_SECRET=${fake('{a32}')}`,
      `bitbucket:\n  client_id: ${fake('{a18}')}\n  client_secret: "${fake('{a32}', 2)}"`,
    ],
    negative: [
      `github:\n  client_secret: "${fake('{a32}', 2)}"`,
      `BITBUCKET_CLIENT_SECRET=${fake('{a24}')}`,
      'BITBUCKET_CLIENT_SECRET=<client-secret>',
      'BITBUCKET_CLIENT_SECRET=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    ],
  },
});
