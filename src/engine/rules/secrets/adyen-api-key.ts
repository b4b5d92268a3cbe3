import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// An Adyen API key (the X-API-Key of a web service user): `AQE` then base64, in its full form
// followed by two more `-`-separated parts (`AQE…==-…=-…`). The `AQE` start is the format's mark.
export default defineRule({
  id: 'adyen-api-key',
  category: 'secret',
  description: 'Adyen API key (AQE…), the X-API-Key of an Adyen web service user',
  keywords: ['aqe'],
  pattern: /(?<![A-Za-z0-9+/])AQE[A-Za-z0-9+/]{60,200}={0,2}(?:-[A-Za-z0-9+/]{20,80}={0,2}(?:-[^\s"'<>`,;]{6,40})?)?(?![A-Za-z0-9+/])/gu,
  validate: (s) => {
    const body = s.split('-')[0] as string;
    return hasCharClasses(body, 3) && looksRandom(body.slice(3), 4);
  },
  publicPrefix: 3,
  envName: 'ADYEN_API_KEY',
  references: ['https://docs.adyen.com/development-resources/api-credentials/#generate-api-key'],
  examples: {
    positive: [
      `adyen.client.xapikey = "AQE${fake('{b100}', 584)}"`,
      `ADYEN_API_KEY=AQE${fake('{b93}', 585)}==-${fake('{b43}', 586)}=-${fake('{a16}', 587)}`,
    ],
    negative: ['ADYEN_API_KEY=AQE_YOUR_API_KEY_HERE', `ADYEN_API_KEY=AQE${'A'.repeat(90)}`],
  },
});
