import { defineRule, fake, hasCharClasses } from '../defineRule';
import { keyedSource, looksRandom } from './_providerKit';

export default defineRule({
  id: 'vercel-token',
  category: 'secret',
  description: 'Vercel access token in the older unprefixed format, named as a Vercel token',
  keywords: ['vercel'],
  // 24 alphanumerics assigned to a Vercel token key, or passed to the vercel CLI with --token
  pattern: new RegExp(
    [
      keyedSource(String.raw`vercel[\w.-]{0,16}?token`, String.raw`[A-Za-z0-9]{24}(?![\w-])`),
      String.raw`vercel\b[^\n]{0,60}?(?:--token|-t)[ =]["']?([A-Za-z0-9]{24})(?![\w-])`,
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2],
  validate: (s) => hasCharClasses(s, 2) && looksRandom(s, 3.3),
  envName: 'VERCEL_TOKEN',
  references: ['https://vercel.com/docs/rest-api#creating-an-access-token', 'https://vercel.com/docs/cli/global-options#token'],
  examples: {
    positive: [`VERCEL_TOKEN=${fake('{a24}')}`, `npx vercel deploy --prod --token ${fake('{a24}', 8)}`],
    negative: [
      `VERCEL_TOKEN=${fake('{a20}')}`,
      `VERCEL_PROJECT_ID=${fake('prj_{a28}')}`,
      'VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}',
      `VERCEL_ORG_ID=${fake('team_{a24}')}`,
    ],
  },
});
