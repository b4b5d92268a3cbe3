import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'dropbox-short-lived-access-token',
  category: 'secret',
  description: 'Dropbox short-lived access token (sl.… / sl.u.…)',
  keywords: ['sl.'],
  // sl. + 130-152 base64url characters, or the newer sl.u. + 140-2000 base64url characters
  pattern: /(?<![\w.]|(?<!:)-)sl\.(?:(?!u\.)[A-Za-z0-9_-]{130,152}|u\.[A-Za-z0-9_-]{140,2000})(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(s.startsWith('sl.u.') ? 5 : 3), 4.5),
  publicPrefix: 3,
  envName: 'DROPBOX_ACCESS_TOKEN',
  references: ['https://developers.dropbox.com/oauth-guide'],
  examples: {
    positive: [
      `${fake('sl.{w138}')} expires in four hours so refresh it with the refresh token flow`,
      `DROPBOX_ACCESS_TOKEN=${fake('sl.{w138}', 2)}`,
      `dbx = dropbox.Dropbox("${fake('sl.u.{w320}', 2)}")`],
    negative: [fake('sl.{w60}'), 'openssl.cnf and tsl.config.json', `${'sl.'}${'A'.repeat(140)}`],
  },
});
