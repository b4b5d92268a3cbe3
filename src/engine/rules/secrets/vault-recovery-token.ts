import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'vault-recovery-token',
  category: 'secret',
  description: 'HashiCorp Vault recovery token (hvr.…)',
  keywords: ['hvr.'],
  // hvr. + 24-400 base64url characters + optional .<namespace id>
  pattern: /(?<![\w.]|(?<!:)-)hvr\.[\w-]{24,400}(?:\.[A-Za-z0-9]{1,10})?(?![\w-])/gu,
  validate: (s) => {
    const body = s.slice(4).split('.')[0] ?? '';
    return hasCharClasses(body, 2) && minEntropy(body, 3.5);
  },
  publicPrefix: 4,
  envName: 'VAULT_TOKEN',
  references: ['https://developer.hashicorp.com/vault/docs/concepts/tokens'],
  examples: {
    positive: [
      `Key                  Value\n---                  -----\nrecovery_token       ${fake('hvr.{a24}', 3)}\ncomplete             true`,
      `VAULT_TOKEN=${fake('hvr.{a24}')}`,
      `curl -H "X-Vault-Token: ${fake('hvr.{a26}', 2)}" https://vault.acme.io:8200/v1/secret/data/app`,
    ],
    negative: [
      fake('hvr.{a12}'),
      'VAULT_TOKEN=hvr.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('hvs.{a24}'),
      fake('hvb.{a24}'),
    ],
  },
});
