import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'adobe-client-secret',
  category: 'secret',
  description: 'Adobe Developer Console client secret (p8e-…)',
  keywords: ['p8e-'],
  // p8e- + 32 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)p8e-[A-Za-z0-9]{32}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'ADOBE_CLIENT_SECRET',
  references: ['https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/implementation/'],
  examples: {
    positive: [`ADOBE_CLIENT_SECRET=${fake('p8e-{a32}', 1712)}`, `here is the key: ${fake('p8e-{a32}', 1713)} (rotate it after the demo)`],
    negative: [`ADOBE_CLIENT_SECRET=${fake('p8e-{a31}', 1712)}`, 'ADOBE_CLIENT_SECRET=p8e-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ADOBE_CLIENT_SECRET=${ADOBE_CLIENT_SECRET}'],
  },
});
