import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'vercel-api-key',
  category: 'secret',
  description: 'Vercel API key (vck_…)',
  keywords: ['vck_'],
  // vck_ + 24-80 alphanumerics (Vercel's prefixed, scannable credential format)
  pattern: /(?<![\w]|(?<!:)-)vck_[A-Za-z0-9]{24,80}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'VERCEL_API_KEY',
  references: ['https://vercel.com/changelog/new-token-formats-and-secret-scanning'],
  examples: {
    positive: [`VERCEL_API_KEY=${fake('vck_{a48}')}`, `curl -H "Authorization: Bearer ${fake('vck_{a56}', 6)}" https://api.vercel.com/v2/user`],
    negative: [fake('vck_{a16}'), 'VERCEL_API_KEY=vck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('vcp_{a48}'), 'vck_abcdefghijklmnopqrstuvwxyzabcdef'],
  },
});
