import { defineRule, fake, hasCharClasses } from '../defineRule';
import { keyedSource, looksRandom } from './_providerKit';

export default defineRule({
  id: 'netlify-access-token',
  category: 'secret',
  description: 'Netlify access token in the older unprefixed format, named as a Netlify token',
  keywords: ['netlify'],
  // 40-64 base64url characters assigned to a Netlify token key, or given to the netlify CLI with --auth
  pattern: new RegExp(
    [
      keyedSource(String.raw`netlify[\w.-]{0,16}?token`, String.raw`[A-Za-z0-9_-]{40,64}(?![\w-])`),
      String.raw`netlify\b[^\n]{0,60}?--auth[ =]["']?([A-Za-z0-9_-]{40,64})(?![\w-])`,
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2],
  // nfp_ tokens belong to netlify-personal-access-token
  validate: (s) => !/^nf[a-z]_/u.test(s) && hasCharClasses(s, 2) && looksRandom(s, 3.5),
  envName: 'NETLIFY_AUTH_TOKEN',
  references: ['https://docs.netlify.com/api/get-started/#authentication', 'https://cli.netlify.com/commands/deploy/'],
  examples: {
    positive: [`netlify deploy --dir=dist --auth ${fake('{h64}', 3)}`, `NETLIFY_AUTH_TOKEN=${fake('{w43}')}`],
    negative: [
      `NETLIFY_AUTH_TOKEN=${fake('nfp_{a40}')}`,
      `NETLIFY_SITE_ID=${fake('{h8}-{h4}-{h4}-{h4}-{h12}')}`,
      'NETLIFY_AUTH_TOKEN=${{ secrets.NETLIFY_AUTH_TOKEN }}',
      `NETLIFY_AUTH_TOKEN=${fake('{a24}')}`,
    ],
  },
});
