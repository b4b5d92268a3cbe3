import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'amazon-lwa-client-secret',
  category: 'secret',
  description: 'Login with Amazon client secret (amzn1.oa2-cs.v1.…: Selling Partner API, Alexa skills)',
  keywords: ['amzn1.oa2-cs.'],
  // amzn1.oa2-cs.v1. + 64 hexadecimal characters
  pattern: /(?<![\w.]|(?<!:)-)amzn1\.oa2-cs\.v1\.([0-9a-f]{64})(?![\w-])/gu,
  validate: (_s, ctx) => looksRandom(ctx.match[1] ?? '', 3),
  publicPrefix: 16,
  envName: 'LWA_CLIENT_SECRET',
  references: ['https://developer-docs.amazon.com/sp-api/docs/viewing-your-application-information-and-credentials'],
  examples: {
    positive: [`LWA_CLIENT_SECRET=amzn1.oa2-cs.v1.${fake('{h64}', 161)}`, `grant_type=refresh_token&client_id=amzn1.application-oa2-client.${fake('{h32}', 162)}&client_secret=amzn1.oa2-cs.v1.${fake('{h64}', 163)}`],
    negative: [`LWA_CLIENT_ID=amzn1.application-oa2-client.${fake('{h32}', 164)}`, `LWA_CLIENT_SECRET=amzn1.oa2-cs.v1.${fake('{h60}', 165)}`, 'LWA_CLIENT_SECRET=amzn1.oa2-cs.v1.<your-client-secret>'],
  },
});
