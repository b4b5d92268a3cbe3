import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'vault-batch-token',
  category: 'secret',
  description: 'HashiCorp Vault batch token (hvb.…)',
  keywords: ['hvb.'],
  // hvb. + 24-1000 base64url characters (an encrypted blob, usually 100+) + optional .<namespace id>
  pattern: /(?<![\w.]|(?<!:)-)hvb\.[\w-]{24,1000}(?:\.[A-Za-z0-9]{1,10})?(?![\w-])/gu,
  validate: (s) => {
    const body = s.slice(4).split('.')[0] ?? '';
    return hasCharClasses(body, 2) && minEntropy(body, 3.5);
  },
  publicPrefix: 4,
  envName: 'VAULT_TOKEN',
  references: ['https://developer.hashicorp.com/vault/docs/concepts/tokens'],
  examples: {
    positive: [
      `Key                  Value\n---                  -----\ntoken                ${fake('hvb.AAAAAQ{w140}', 3)}\ntoken_duration       20m\ntoken_renewable      false`,
      `VAULT_TOKEN=${fake('hvb.AAAAAQ{w150}')}`,
      `curl -H "X-Vault-Token: ${fake('hvb.AAAAAQ{w180}', 2)}" https://vault.acme.io:8200/v1/secret/data/app`,
    ],
    negative: [
      fake('hvb.{a12}'),
      'VAULT_TOKEN=hvb.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('hvs.AAAAAQ{w150}'),
      fake('hvr.AAAAAQ{w150}'),
    ],
  },
});
