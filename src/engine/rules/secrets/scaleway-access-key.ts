import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Scaleway API key's access key: `SCW` and 17 upper-case letters and digits. It names the key (its
// secret is a UUID, which uuid-credential finds under `SCW_SECRET_KEY`), and, as AWS's key ids, tells
// an attacker which account a leaked secret opens.
export default defineRule({
  id: 'scaleway-access-key',
  category: 'secret',
  description: "Scaleway API access key ('SCW' + 17 upper-case alphanumerics)",
  keywords: ['scw'],
  pattern: /(?<![A-Za-z0-9])SCW[A-Z0-9]{17}(?![A-Za-z0-9])/gu,
  validate: (s) => /\d/u.test(s.slice(3)) && /[A-Z]/u.test(s.slice(3)) && looksRandom(s.slice(3), 3),
  publicPrefix: 3,
  envName: 'SCW_ACCESS_KEY',
  references: ['https://www.scaleway.com/en/docs/iam/concepts/#api-key'],
  examples: {
    positive: [`access key SCW${fake('{u17}', 101283)}`, `SCW_ACCESS_KEY=SCW${fake('{u17}', 101284)}`],
    negative: ['SCW_ACCESS_KEY=SCWXXXXXXXXXXXXXXXXX', 'SCWABCDEFGHIJKLMNOPQ'],
  },
});
