import { defineRule, fake } from '../defineRule';
import { keyedSource, looksRandom } from './_providerKit';

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

export default defineRule({
  id: 'snyk-api-token',
  category: 'secret',
  description: 'Snyk API token (a UUID named as a Snyk token, or given to snyk auth)',
  keywords: ['snyk'],
  // a UUID assigned to a Snyk token/key name, passed to `snyk auth`, or set with `snyk config set api=`
  pattern: new RegExp(
    [
      keyedSource(String.raw`snyk[\w.-]{0,12}?(?:token|api[_-]?key|key)`, `${UUID}(?![\\w-])`),
      String.raw`snyk[ \t]{1,3}(?:auth[ \t]{1,3}|config[ \t]{1,3}set[ \t]{1,3}api=)(${UUID})(?![\w-])`,
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2],
  // NOTE: the shared filters drop every UUID, so this rule checks placeholders itself.
  skipFilters: true,
  validate: (s) => {
    const hex = s.replace(/-/gu, '').toLowerCase();
    return !/(.)\1{5}/u.test(hex) && !/0123|1234|abcd/u.test(hex) && looksRandom(hex, 3.2);
  },
  envName: 'SNYK_TOKEN',
  references: ['https://docs.snyk.io/snyk-api/authentication-for-api', 'https://docs.snyk.io/snyk-cli/commands/auth'],
  examples: {
    positive: [
      `SNYK_TOKEN=${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}')}`,
      `snyk auth ${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 3)}`,
      `env:\n  SNYK_TOKEN: "${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 5)}"`,
    ],
    negative: [
      `SNYK_ORG_ID=${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}')}`,
      'SNYK_TOKEN=00000000-0000-0000-0000-000000000000',
      'SNYK_TOKEN=12345678-1234-1234-1234-123456789abc',
      `REQUEST_ID=${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 7)}`,
    ],
  },
});
