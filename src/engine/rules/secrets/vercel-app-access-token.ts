import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'vercel-app-access-token',
  category: 'secret',
  description: 'Vercel app access token (vca_…)',
  keywords: ['vca_'],
  // vca_ + 24-80 alphanumerics (Vercel's prefixed, scannable credential format)
  pattern: /(?<![\w]|(?<!:)-)vca_[A-Za-z0-9]{24,80}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'VERCEL_ACCESS_TOKEN',
  references: ['https://vercel.com/changelog/new-token-formats-and-secret-scanning'],
  examples: {
    positive: [`VERCEL_ACCESS_TOKEN=${fake('vca_{a48}')}`, `curl -H "Authorization: Bearer ${fake('vca_{a56}', 6)}" https://api.vercel.com/v2/user`],
    negative: [fake('vca_{a16}'), 'VERCEL_ACCESS_TOKEN=vca_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('vcp_{a48}'), 'vca_abcdefghijklmnopqrstuvwxyzabcdef'],
  },
});
