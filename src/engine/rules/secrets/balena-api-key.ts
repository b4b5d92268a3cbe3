import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// A balenaCloud API key or session token as the CLI takes it (`balena login --token <key>`) or under a
// balena key name (`BALENA_API_KEY=`, `balena_token:`): 32 alphanumerics without a prefix.
export default defineRule({
  id: 'balena-api-key',
  category: 'secret',
  description: 'balenaCloud API key (32 alphanumerics) after `balena login --token` or under a balena key name',
  keywords: ['balena'],
  window: { before: 40, after: 160 },
  pattern: /(?:\bbalena login[^\n]{0,40}?--token[ =]["']?|\bbalena[\w.-]{0,16}?(?:api[_-]?key|token)["']?[ \t]*[:=][ \t]*["']?)([A-Za-z0-9]{32})(?![\w-])/giu,
  secretGroup: 1,
  validate: (s) => hasCharClasses(s, 3) && looksRandom(s, 4),
  envName: 'BALENA_API_KEY',
  references: ['https://docs.balena.io/learn/accounts/api-keys/'],
  examples: {
    positive: [`balena login --token ${fake('{a32}', 101272)}`, `BALENA_API_KEY=${fake('{a32}', 101273)}`],
    negative: ['balena login --token $BALENA_API_KEY', `balena_device_uuid: ${fake('{h32}', 101274)}`, 'BALENA_API_KEY=abcdefghijklmnopqrstuvwxyzABCDEF'],
  },
});
