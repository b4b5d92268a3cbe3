import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isNear, looksRandom } from './_providerKit';

export default defineRule({
  id: 'gocardless-access-token',
  category: 'secret',
  description: 'GoCardless access token (live_/sandbox_…) near a mention of GoCardless',
  keywords: ['gocardless'],
  // live_ / sandbox_ + 40 base64url characters; the prefixes are generic, so GoCardless must be named close by
  pattern: /(?<![\w]|(?<!:)-)(?:live|sandbox)_[\w-]{40}(?![\w-])/gu,
  validate: (s, ctx) => {
    const body = s.slice(s.indexOf('_') + 1);
    return hasCharClasses(body, 2) && looksRandom(body, 3.5) && isNear(ctx, /gocardless|go_cardless/iu, 200, 100);
  },
  publicPrefix: 5,
  envName: 'GOCARDLESS_ACCESS_TOKEN',
  references: ['https://developer.gocardless.com/getting-started/api/making-your-first-request/'],
  examples: {
    positive: [`GOCARDLESS_ACCESS_TOKEN=${fake('live_{w40}')}`, `client = gocardless_pro.Client(access_token="${fake('sandbox_{w40}', 2)}", environment="sandbox")`],
    negative: [`PADDLE_API_KEY=${fake('live_{w40}')}`, `GOCARDLESS_ACCESS_TOKEN=${fake('live_{w20}')}`, 'GOCARDLESS_ACCESS_TOKEN=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});
