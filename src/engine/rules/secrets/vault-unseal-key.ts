import { defineRule, fake, minEntropy } from '../defineRule';

// HashiCorp Vault's (and OpenBao's) unseal and recovery key shares, as `vault operator init` prints
// them (`Unseal Key 1: …`, `Recovery Key 1: …`) or writes them with `-format=json`
// (`"unseal_keys_b64": ["…", …]`, `"unseal_keys_hex"`). A quorum of shares rebuilds the root key.
// (The initial root token, `hvs.…`, is hashicorp-vault-token's.)
export default defineRule({
  id: 'vault-unseal-key',
  category: 'secret',
  description: 'HashiCorp Vault unseal or recovery key share (vault operator init output)',
  keywords: ['unseal key', 'recovery key', 'unseal_keys', 'recovery_keys'],
  // A JSON array of shares follows its key within a couple of kilobytes.
  window: { before: 0, after: 2200 },
  pattern:
    /(?:Unseal|Recovery) Key \d{1,2}: ([A-Za-z0-9+/]{40,100}={0,2})(?![A-Za-z0-9+/=])|"([A-Za-z0-9+/]{40,100}={0,2})"(?<="(?:unseal|recovery)_keys_(?:b64|hex)"[ \t]*:[ \t]*\[[^\]]{0,2000})/gu,
  secretGroup: [1, 2],
  validate: (s) => minEntropy(s, 3.5),
  envName: 'VAULT_UNSEAL_KEY',
  references: ['https://developer.hashicorp.com/vault/docs/commands/operator/init', 'https://developer.hashicorp.com/vault/docs/concepts/seal'],
  examples: {
    positive: [
      `$ vault operator init -key-shares=5 -key-threshold=3\nUnseal Key 1: ${fake('{b44}', 574)}\nUnseal Key 2: ${fake('{b44}', 575)}`,
      `{\n  "unseal_keys_b64": [\n    "${fake('{b44}', 576)}",\n    "${fake('{b44}', 577)}"\n  ],\n  "unseal_shares": 5\n}`,
      `Recovery Key 1: ${fake('{b44}', 578)}`,
    ],
    negative: [
      'Unseal Key 1: <redacted>',
      'Vault initialized with 5 key shares and a key threshold of 3. Please securely distribute the key shares printed above.',
      `"unseal_keys_b64": [],\n"root_token_id": "${fake('{a24}', 579)}"`,
    ],
  },
});
