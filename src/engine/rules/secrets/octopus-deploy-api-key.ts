import { defineRule, fake } from '../defineRule';
import { isNear, looksRandom } from './_providerKit';

export default defineRule({
  id: 'octopus-deploy-api-key',
  category: 'secret',
  description: 'Octopus Deploy API key (API-…)',
  keywords: ['api-'],
  // API- + 25-32 upper-case letters and digits
  pattern: /(?<![\w]|(?<!:)-)API-[A-Z0-9]{25,32}(?![\w-])/gu,
  validate: (s, ctx) => {
    const body = s.slice(4);
    const digits = body.replace(/\D/gu, '').length;
    // upper-case words can look like keys; ask for digits or an Octopus mention
    return /[A-Z]/u.test(body) && looksRandom(body, 3.5) && (digits >= 2 || isNear(ctx, /octopus/iu, 200, 100));
  },
  publicPrefix: 4,
  envName: 'OCTOPUS_API_KEY',
  references: ['https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key'],
  examples: {
    positive: [`OCTOPUS_API_KEY=${fake('API-{u26}')}`, `octo push --package app.1.0.0.zip --server https://acme.octopus.app --apiKey ${fake('API-{u30}', 2)}`],
    negative: ['X-API-KEY: ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'API-GATEWAYDEPLOYMENTSTAGEPROD', fake('API-{u16}'), 'OCTOPUS_API_KEY=API-XXXXXXXXXXXXXXXXXXXXXXXXXX'],
  },
});
