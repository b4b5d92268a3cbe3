import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'vercel-integration-token',
  category: 'secret',
  description: 'Vercel integration token (vci_…)',
  keywords: ['vci_'],
  // vci_ + 24-80 alphanumerics (Vercel's prefixed, scannable credential format)
  pattern: /(?<![\w]|(?<!:)-)vci_[A-Za-z0-9]{24,80}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'VERCEL_TOKEN',
  references: ['https://vercel.com/changelog/new-token-formats-and-secret-scanning'],
  examples: {
    positive: [`VERCEL_TOKEN=${fake('vci_{a48}')}`, `curl -H "Authorization: Bearer ${fake('vci_{a56}', 6)}" https://api.vercel.com/v2/user`],
    negative: [fake('vci_{a16}'), 'VERCEL_TOKEN=vci_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('vcp_{a48}'), 'vci_abcdefghijklmnopqrstuvwxyzabcdef'],
  },
});
