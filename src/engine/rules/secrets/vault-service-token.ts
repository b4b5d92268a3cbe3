import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'vault-service-token',
  category: 'secret',
  description: 'HashiCorp Vault service token (hvs.…)',
  keywords: ['hvs.'],
  // hvs. + 24-400 base64url characters (24 for root tokens, 90+ for tokens that carry an HMAC)
  // + optional .<namespace id> on Vault Enterprise
  pattern: /(?<![\w.]|(?<!:)-)hvs\.[\w-]{24,400}(?:\.[A-Za-z0-9]{1,10})?(?![\w-])/gu,
  validate: (s) => {
    const body = s.slice(4).split('.')[0] ?? '';
    return hasCharClasses(body, 2) && minEntropy(body, 3.5);
  },
  publicPrefix: 4,
  envName: 'VAULT_TOKEN',
  references: ['https://developer.hashicorp.com/vault/docs/concepts/tokens'],
  examples: {
    positive: [
      `Key                  Value\n---                  -----\ntoken                ${fake('hvs.CAESI{w86}', 3)}\ntoken_accessor       ${fake('{a24}', 4)}\ntoken_duration       768h`,
      `VAULT_TOKEN=${fake('hvs.CAESI{w90}')}`,
      `curl -H "X-Vault-Token: ${fake('hvs.{a24}', 2)}" https://vault.acme.io:8200/v1/secret/data/app`,
    ],
    negative: [
      fake('hvs.{a12}'),
      'VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('hvb.CAESI{w90}'),
      fake('hvr.CAESI{w90}'),
    ],
  },
});
