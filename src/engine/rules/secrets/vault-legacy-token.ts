import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { textBefore } from './_keyedValue';

export default defineRule({
  id: 'vault-legacy-token',
  category: 'secret',
  description: 'HashiCorp Vault token in the pre-1.10 format (s.…, 24 characters) near a Vault context word',
  keywords: ['vault'],
  // s. + 24 alphanumerics (+ optional .<namespace id>); Vault must be mentioned close before it
  // (VAULT_TOKEN=, X-Vault-Token:, vault login …)
  pattern: /(?<![\w.]|(?<!:)-)s\.[A-Za-z0-9]{24}(?:\.[A-Za-z0-9]{1,10})?(?![\w-])/gu,
  validate: (s, ctx) => {
    const body = s.slice(2, 26);
    return hasCharClasses(body, 2) && minEntropy(body, 3.3) && /vault/iu.test(textBefore(ctx.text, ctx.start, 200));
  },
  publicPrefix: 2,
  envName: 'VAULT_TOKEN',
  references: ['https://developer.hashicorp.com/vault/docs/concepts/tokens', 'https://developer.hashicorp.com/vault/docs/commands/login'],
  examples: {
    positive: [
      `export VAULT_TOKEN=${fake('s.{a24}')}`,
      `vault login ${fake('s.{a24}', 2)}`,
      `curl --header "X-Vault-Token: ${fake('s.{a24}.{a5}', 3)}" https://vault.acme.io:8200/v1/sys/health`,
    ],
    negative: [
      `export VAULT_TOKEN=${fake('s.{a20}')}`,
      `export SESSION=${fake('s.{a24}', 4)}`,
      'export VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx',
      `vault kv get -field=password ${fake('secrets.{a24}')}`,
      `export VAULT_TOKEN=${fake('hvs.{a24}')}`,
    ],
  },
});
