import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'contentful-personal-access-token',
  category: 'secret',
  description: 'Contentful personal access token (CFPAT-…)',
  keywords: ['cfpat-'],
  // CFPAT- + 43 base64url characters
  pattern: /(?<![\w]|(?<!:)-)CFPAT-[\w-]{43}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(6), 2) && looksRandom(s.slice(6), 3.5),
  publicPrefix: 6,
  envName: 'CONTENTFUL_MANAGEMENT_TOKEN',
  references: ['https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api'],
  examples: {
    positive: [`CONTENTFUL_MANAGEMENT_TOKEN=${fake('CFPAT-{w43}')}`, `contentful space list --management-token ${fake('CFPAT-{w43}', 2)}`],
    negative: [fake('CFPAT-{w30}'), 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `CONTENTFUL_DELIVERY_TOKEN=${fake('{w43}')}`],
  },
});
