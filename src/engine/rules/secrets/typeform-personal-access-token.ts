import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'typeform-personal-access-token',
  category: 'secret',
  description: 'Typeform personal access token (tfp_…)',
  keywords: ['tfp_'],
  // tfp_ + 59 base64url characters (44 + _ + 14)
  pattern: /(?<![\w]|(?<!:)-)tfp_[\w-]{59}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'TYPEFORM_TOKEN',
  references: ['https://www.typeform.com/developers/get-started/personal-access-token/'],
  examples: {
    positive: [`TYPEFORM_TOKEN=${fake('tfp_{a44}_{a14}')}`, `curl -H "Authorization: Bearer ${fake('tfp_{a44}_{a14}', 2)}" https://api.typeform.com/forms`],
    negative: [fake('tfp_{a40}'), 'TYPEFORM_TOKEN=tfp_your_personal_access_token', fake('tfx_{a44}_{a14}')],
  },
});
