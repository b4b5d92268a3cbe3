import { defineRule, fake, minEntropy } from '../defineRule';

// WooCommerce's REST API keys come in pairs made under WooCommerce > Settings > Advanced > REST
// API: a consumer key `ck_` and a consumer secret `cs_`, each 40 lower-case hex characters (a SHA-1
// of random bytes). Both are needed to call the API, and the key alone names the user it acts as,
// so both are reported. No checksum.
export default defineRule({
  id: 'woocommerce-api-key',
  category: 'secret',
  description: 'WooCommerce REST API consumer key or secret (ck_… / cs_…)',
  keywords: ['ck_', 'cs_'],
  pattern: /(?<![\w]|(?<!:)-)c[ks]_[0-9a-f]{40}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(3), 3),
  publicPrefix: 3,
  envName: 'WOOCOMMERCE_CONSUMER_SECRET',
  references: ['https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication', 'https://woocommerce.com/document/woocommerce-rest-api/'],
  examples: {
    positive: [
      `WC_CONSUMER_KEY=${fake('ck_{h40}', 1)}`,
      `define( 'SHOP_WC_CS', '${fake('cs_{h40}', 2)}' );`,
      `curl https://shop.example.com/wp-json/wc/v3/orders -u ${fake('ck_{h40}', 3)}:${fake('cs_{h40}', 4)}`,
    ],
    negative: [
      fake('ck_{h39}', 5),
      fake('cs_{h41}', 6),
      'WC_CONSUMER_KEY=ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'consumer_secret: cs_0000000000000000000000000000000000000000',
      fake('pk_{h40}', 7),
    ],
  },
});
