import { defineRule, fake } from '../defineRule';
import { isNear, looksRandom } from './_providerKit';

export default defineRule({
  id: 'dropbox-long-lived-access-token',
  category: 'secret',
  description: 'Dropbox long-lived access token (11 characters, ten A, 43 characters) near a mention of Dropbox',
  keywords: ['dropbox'],
  // 11 alphanumerics + AAAAAAAAAA + 43 base64url characters
  pattern: /(?<![\w]|(?<!:)-)[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{43}(?![\w-])/gu,
  validate: (s, ctx) => looksRandom(s.slice(21), 3.5) && isNear(ctx, /dropbox/iu, 300, 150),
  envName: 'DROPBOX_ACCESS_TOKEN',
  references: ['https://developers.dropbox.com/oauth-guide'],
  examples: {
    positive: [`DROPBOX_ACCESS_TOKEN=${fake('{a11}AAAAAAAAAA{w43}')}`, `dbx = dropbox.Dropbox('${fake('{a11}AAAAAAAAAA{w43}', 6)}')`],
    negative: [`BOX_TOKEN=${fake('{a11}AAAAAAAAAA{w43}')}`, `DROPBOX_ACCESS_TOKEN=${fake('{a11}AAAAAAAAAA{w20}')}`, `DROPBOX_ACCESS_TOKEN=${fake('sl.{w138}')}`],
  },
});
