import { defineRule, fake, minEntropy } from '../defineRule';
import { UUID_SOURCE } from './_generic';

// Fronius Solar.web Query API (solar inverters' monitoring) authenticates with an access key pair
// sent as headers: AccessKeyId, `FKIA` and 32 hex digits, and AccessKeyValue, a UUID. The id is
// reported like an AWS key id (it names the account the pair acts for); the value under its key
// (the shared filters would drop a bare UUID as an identifier).
export default defineRule({
  id: 'fronius-solarweb-access-key',
  category: 'secret',
  description: 'Fronius Solar.web Query API access key id (FKIA…) and its access key value',
  keywords: ['fkia', 'accesskeyvalue', 'access_key_value'],
  pattern: new RegExp(
    String.raw`(?<![\w-])FKIA[0-9A-F]{32}(?![\w-])|(?:AccessKeyValue|[A-Z_]{0,24}ACCESS_KEY_VALUE)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(${UUID_SOURCE})(?![\w-])`,
    'gu',
  ),
  secretGroup: [1, 0],
  validate: (value) => minEntropy(value.replace(/^FKIA|-/gu, ''), 3),
  skipFilters: true,
  publicPrefix: 4,
  envName: 'FRONIUS_ACCESS_KEY',
  references: ['https://www.fronius.com/en/solar-energy/installers-partners/products-solutions/monitoring-digital-tools/solar-web-query-api'],
  examples: {
    positive: [
      `FRONIUS_ACCESS_KEY_ID=FKIA${fake('{H32}', 9301)}\nFRONIUS_ACCESS_KEY_VALUE=${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 9302)}`,
      `curl -H "AccessKeyId: FKIA${fake('{H32}', 9303)}" -H "AccessKeyValue: ${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 9304)}" https://api.solarweb.example/swqapi/pvsystems`,
    ],
    negative: ['AccessKeyId: FKIA00000000000000000000000000000000', `FKIA${fake('{H31}', 9305)}`, `"pvSystemId": "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 9306)}"`],
  },
});
