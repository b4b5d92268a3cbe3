import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'amazon-lwa-token',
  category: 'secret',
  description: 'Login with Amazon refresh or access token (Atzr|… / Atza|…: Selling Partner API, Alexa, Amazon Pay)',
  keywords: ['atzr|', 'atza|'],
  // Atzr| (refresh) or Atza| (access) + a long base64url-like body
  pattern: /(?<![\w|])Atz[ar]\|([A-Za-z0-9_+/=-]{40,2048})(?![A-Za-z0-9_+/=-])/gu,
  validate: (_s, ctx) => looksRandom(ctx.match[1] ?? '', 4),
  publicPrefix: 5,
  envName: 'LWA_REFRESH_TOKEN',
  references: ['https://developer-docs.amazon.com/sp-api/docs/connecting-to-the-selling-partner-api', 'https://developer.amazon.com/docs/login-with-amazon/authorization-code-grant.html'],
  examples: {
    positive: [`SP_API_REFRESH_TOKEN="Atzr|IwEBI${fake('{w180}', 171)}"`, `headers={"x-amz-access-token": "Atza|IwEBI${fake('{w200}', 172)}"}`],
    negative: ['SP_API_REFRESH_TOKEN="Atzr|xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', `SP_API_REFRESH_TOKEN="Atzr|${fake('{w20}', 173)}"`, 'refresh_token = "Atzr|${LWA_REFRESH_TOKEN}"'],
  },
});
