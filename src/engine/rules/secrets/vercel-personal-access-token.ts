import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'vercel-personal-access-token',
  category: 'secret',
  description: 'Vercel personal access token (vcp_…)',
  keywords: ['vcp_'],
  // vcp_ + 24-80 alphanumerics (Vercel's prefixed, scannable credential format)
  pattern: /(?<![\w]|(?<!:)-)vcp_[A-Za-z0-9]{24,80}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'VERCEL_TOKEN',
  references: ['https://vercel.com/changelog/new-token-formats-and-secret-scanning'],
  examples: {
    positive: [`VERCEL_TOKEN=${fake('vcp_{a48}')}`, `curl -H "Authorization: Bearer ${fake('vcp_{a56}', 6)}" https://api.vercel.com/v2/user`],
    negative: [fake('vcp_{a16}'), 'VERCEL_TOKEN=vcp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('vci_{a48}'), 'vcp_abcdefghijklmnopqrstuvwxyzabcdef'],
  },
});
