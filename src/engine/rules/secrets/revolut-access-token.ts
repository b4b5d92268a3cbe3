import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'revolut-access-token',
  category: 'secret',
  description: 'Revolut Business API access token (oa_prod_… / oa_sand_…)',
  keywords: ['oa_prod_', 'oa_sand_'],
  // oa_prod_ or oa_sand_ + a base64url body
  pattern: /(?<![\w]|(?<!:)-)oa_(?:prod|sand)_([A-Za-z0-9_-]{30,64})(?![\w-])/gu,
  validate: (_s, ctx) => looksRandom(ctx.match[1] ?? '', 3.5),
  publicPrefix: 8,
  envName: 'REVOLUT_ACCESS_TOKEN',
  references: ['https://developer.revolut.com/docs/guides/manage-accounts/get-started/make-your-first-api-request'],
  examples: {
    positive: [`access_token (valid 40 min): oa_prod_${fake('{w43}', 181)}`, `curl https://b2b.revolut.com/api/1.0/accounts -H "Authorization: Bearer oa_sand_${fake('{w43}', 182)}"`],
    negative: ['REVOLUT_TOKEN=oa_prod_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `REVOLUT_TOKEN=oa_prod_${fake('{w20}', 183)}`, 'REVOLUT_TOKEN=oa_prod_${TOKEN}'],
  },
});
