import { defineRule, fake } from '../defineRule';
import { keyedSecret, looksRandom } from './_providerKit';

export default defineRule({
  id: 'mailjet-api-secret',
  category: 'secret',
  description: 'Mailjet API secret key (32 hex characters named as a Mailjet secret/private key)',
  keywords: ['mailjet', 'mj_', 'mj-'],
  // 32 lower-case hex characters assigned to MJ_APIKEY_PRIVATE / MAILJET_SECRET_KEY and the like.
  // NOTE: the public API key (MJ_APIKEY_PUBLIC) is an identifier and is not reported.
  pattern: keyedSecret(String.raw`(?:mailjet|\bmj)[\w.-]{0,24}?(?:secret|private)(?:[_-]?key)?`, String.raw`[a-f0-9]{32}(?![\w-])`),
  secretGroup: 1,
  validate: (s) => looksRandom(s, 3),
  envName: 'MJ_APIKEY_PRIVATE',
  references: ['https://dev.mailjet.com/email/guides/#authentication'],
  examples: {
    positive: [`MJ_APIKEY_PRIVATE=${fake('{h32}')}`, `mailjet:\n  mailjet_secret_key: "${fake('{h32}', 2)}"`],
    negative: [`MJ_APIKEY_PUBLIC=${fake('{h32}')}`, `MJ_APIKEY_PRIVATE=${fake('{h20}')}`, 'MJ_APIKEY_PRIVATE=$MJ_APIKEY_PRIVATE'],
  },
});
