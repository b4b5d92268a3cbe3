import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'braintree-access-token',
  category: 'secret',
  description: 'PayPal Braintree production access token (access_token$production$…)',
  keywords: ['access_token$production$'],
  // access_token$production$ + 16 alphanumerics (merchant id) + $ + 32 hex
  pattern: /(?<![\w$-])access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}(?![\w$-])/gu,
  validate: (s) => minEntropy(s.slice(-32), 3),
  publicPrefix: 24,
  envName: 'BRAINTREE_ACCESS_TOKEN',
  references: ['https://developer.paypal.com/braintree/docs/guides/paypal/server-side/java', 'https://developer.paypal.com/braintree/docs/start/hello-server'],
  examples: {
    positive: [
      `BRAINTREE_ACCESS_TOKEN=${fake('access_token$production${l16}${h32}')}`,
      `gateway = braintree.BraintreeGateway(access_token="${fake('access_token$production${l16}${h32}', 2)}")`,
    ],
    negative: [
      fake('access_token$sandbox${l16}${h32}'),
      fake('access_token$production${l16}${h31}'),
      'access_token$production$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('access_token$production${l12}${h32}'),
    ],
  },
});
