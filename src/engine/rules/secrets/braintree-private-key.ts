import { defineRule, fake, minEntropy } from '../defineRule';
import { keyPrefix, prefixedValue } from './_keyedValue';
import { isNear } from './_providerKit';

export default defineRule({
  id: 'braintree-private-key',
  category: 'secret',
  description: 'Braintree API private key (32 hex) next to a private key name with Braintree in context',
  keywords: ['braintree'],
  // 32 lower-case hex after a private key name (BRAINTREE_PRIVATE_KEY, private_key=, privateKey:)
  // or a Java builder call (.privateKey("…")); Braintree must be mentioned nearby
  pattern: prefixedValue([keyPrefix(String.raw`private[_.-]?key`)], '[0-9a-f]{32}'),
  secretGroup: 1,
  validate: (s, ctx) => minEntropy(s, 3) && isNear(ctx, /braintree/iu, 400, 400),
  envName: 'BRAINTREE_PRIVATE_KEY',
  references: ['https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials'],
  examples: {
    positive: [
      `BRAINTREE_MERCHANT_ID=${fake('{l16}')}\nBRAINTREE_PUBLIC_KEY=${fake('{l16}', 2)}\nBRAINTREE_PRIVATE_KEY=${fake('{h32}')}`,
      `gateway = braintree.BraintreeGateway(\n    braintree.Configuration(\n        braintree.Environment.Production,\n        merchant_id="${fake('{l16}', 3)}",\n        public_key="${fake('{l16}', 4)}",\n        private_key="${fake('{h32}', 5)}",\n    )\n)`,
      `BraintreeGateway gateway = new BraintreeGateway(Environment.PRODUCTION, "${fake('{l16}', 6)}", "${fake('{l16}', 7)}", "x")\n    .privateKey("${fake('{h32}', 8)}");`,
    ],
    negative: [
      `BRAINTREE_PRIVATE_KEY=${fake('{h31}')}`,
      'BRAINTREE_PRIVATE_KEY=your_private_key',
      `BRAINTREE_PUBLIC_KEY=${fake('{h32}', 9)}`,
      `RECAPTCHA_PRIVATE_KEY=${fake('{h32}', 10)}`,
    ],
  },
});
