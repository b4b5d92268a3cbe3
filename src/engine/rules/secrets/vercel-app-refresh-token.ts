import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'vercel-app-refresh-token',
  category: 'secret',
  description: 'Vercel app refresh token (vcr_…)',
  keywords: ['vcr_'],
  // vcr_ + 24-80 alphanumerics (Vercel's prefixed, scannable credential format)
  pattern: /(?<![\w]|(?<!:)-)vcr_[A-Za-z0-9]{24,80}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'VERCEL_REFRESH_TOKEN',
  references: ['https://vercel.com/changelog/new-token-formats-and-secret-scanning'],
  examples: {
    positive: [`VERCEL_REFRESH_TOKEN=${fake('vcr_{a48}')}`, `curl -H "Authorization: Bearer ${fake('vcr_{a56}', 6)}" https://api.vercel.com/v2/user`],
    negative: [fake('vcr_{a16}'), 'VERCEL_REFRESH_TOKEN=vcr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('vcp_{a48}'), 'vcr_abcdefghijklmnopqrstuvwxyzabcdef'],
  },
});
