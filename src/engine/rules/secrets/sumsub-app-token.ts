import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Sumsub app token names its environment (`sbx:` sandbox, `prd:` production), then two random
// parts joined by a dot. It signs API calls with its secret key and reaches applicants' identity
// documents.
export default defineRule({
  id: 'sumsub-app-token',
  category: 'secret',
  description: 'Sumsub app token (sbx:… / prd:…)',
  keywords: ['sbx:', 'prd:'],
  pattern: /(?<![\w:])(?:sbx|prd):([A-Za-z0-9]{24})\.([A-Za-z0-9]{32})(?![\w.])/gu,
  validate: (_s, ctx) => looksRandom(`${ctx.match[1] ?? ''}${ctx.match[2] ?? ''}`, 4),
  publicPrefix: 4,
  envName: 'SUMSUB_APP_TOKEN',
  references: ['https://docs.sumsub.com/reference/authentication', 'https://docs.sumsub.com/docs/app-tokens'],
  examples: {
    positive: [`SUMSUB_APP_TOKEN=prd:${fake('{a24}', 1)}.${fake('{a32}', 2)}`, `-H "X-App-Token: sbx:${fake('{a24}', 3)}.${fake('{a32}', 4)}"`],
    negative: [`SUMSUB_APP_TOKEN=prd:${fake('{a24}', 1)}`, 'X-App-Token: sbx:xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});
