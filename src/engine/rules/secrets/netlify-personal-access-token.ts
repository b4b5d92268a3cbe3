import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'netlify-personal-access-token',
  category: 'secret',
  description: 'Netlify personal access token (nfp_…)',
  keywords: ['nfp_'],
  // nfp_ + 36-48 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)nfp_[A-Za-z0-9]{36,48}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'NETLIFY_AUTH_TOKEN',
  references: ['https://docs.netlify.com/api/get-started/#authentication'],
  examples: {
    positive: [`NETLIFY_AUTH_TOKEN=${fake('nfp_{a40}')}`, `netlify deploy --prod --auth ${fake('nfp_{a36}', 2)}`],
    negative: [fake('nfp_{a20}'), 'NETLIFY_AUTH_TOKEN=nfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('nfc_{a40}')],
  },
});
