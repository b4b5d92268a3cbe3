import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'aws-mws-key',
  category: 'secret',
  description: 'Amazon Marketplace Web Service (MWS) auth token (amzn.mws.…)',
  keywords: ['amzn.mws.'],
  // amzn.mws. + a lower-case hex UUID (8-4-4-4-12)
  pattern: /(?<![\w.]|(?<!:)-)amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(9).replace(/-/gu, ''), 3),
  publicPrefix: 9,
  envName: 'MWS_AUTH_TOKEN',
  references: ['https://docs.developer.amazonservices.com/en_US/dev_guide/DG_Registering.html'],
  examples: {
    positive: [
      `MWS_AUTH_TOKEN=${fake('amzn.mws.{h8}-{h4}-{h4}-{h4}-{h12}')}`,
      `mws_auth_token: "${fake('amzn.mws.{h8}-{h4}-{h4}-{h4}-{h12}', 9)}"`,
    ],
    negative: [
      `MWS_AUTH_TOKEN=${fake('amzn.mws.{h8}-{h4}-{h4}')}`,
      'MWS_AUTH_TOKEN=amzn.mws.00000000-0000-0000-0000-000000000000',
      `client_id: ${fake('amzn1.application-oa2-client.{h32}')}`,
      `token: ${fake('amzn.mws.{H8}-{H4}-{H4}-{H4}-{H12}')}`,
    ],
  },
});
