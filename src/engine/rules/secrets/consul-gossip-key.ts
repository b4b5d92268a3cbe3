import { defineRule, fake, minEntropy } from '../defineRule';
import { isNear } from './_providerKit';

// Consul's gossip encryption key (`encrypt = "…"` in an agent's HCL or JSON configuration, or
// `-encrypt=` on its command line): 32 random bytes in base64. Anyone holding it can join and read
// the cluster's gossip. `encrypt` alone is a common word, so Consul must be named close by.
export default defineRule({
  id: 'consul-gossip-key',
  category: 'secret',
  description: 'HashiCorp Consul gossip encryption key (encrypt = "…") in an agent configuration',
  keywords: ['encrypt'],
  window: { before: 2, after: 80 },
  pattern: /(?<![\w]|(?<!:)-)(?:"encrypt"[ \t]*:|encrypt[ \t]*=|-encrypt=)[ \t]*["']?([A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==)(?![A-Za-z0-9+/=])/gu,
  secretGroup: 1,
  validate: (s, ctx) => minEntropy(s, 3.5) && isNear(ctx, /consul|serf|retry_join|gossip/iu, 1500, 1500),
  envName: 'CONSUL_GOSSIP_KEY',
  references: ['https://developer.hashicorp.com/consul/docs/security/encryption/gossip'],
  examples: {
    positive: [
      `data_dir   = "/opt/consul"\nencrypt    = "${fake('{b43}', 607)}="\nretry_join = ["provider=aws tag_key=consul-server"]`,
      `{"datacenter": "fra1", "encrypt": "${fake('{b22}', 608)}==", "server": false, "retry_join": ["10.0.0.10"]}`,
    ],
    negative: [`ssl_encrypt = "${fake('{b43}', 609)}="`, 'encrypt = "${CONSUL_GOSSIP_KEY}"\nretry_join = ["consul.service"]', `encrypt = "${fake('{b43}', 610)}="`],
  },
});
