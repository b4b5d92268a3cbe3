import { defineRule, fake } from '../defineRule';

// Omise (Opn Payments; Thailand, Japan, Singapore) secret keys: `skey_`, `skey_test_` or `skey_live_`
// (older live keys carry no environment), then lower-case letters and digits. Like Xendit's, the key
// is the Basic-auth user with an empty password (`curl -u skey_…:`). The public keys (`pkey_…`) are
// embedded in checkout pages: not reported.
export default defineRule({
  id: 'omise-secret-key',
  category: 'secret',
  description: 'Omise (Opn Payments) secret key (skey_ / skey_test_)',
  keywords: ['skey_'],
  pattern: /(?<![\w-])skey_(?:test_|live_)?[0-9a-z]{19,40}(?![\w-])/gu,
  // (Lower case and digits both, and not a word: `skey_configuration_value` is a setting's name.)
  validate: (s) => /\d/u.test(s.slice(5)) && /[a-z]\d|\d[a-z]/u.test(s.slice(5)),
  publicPrefix: 5,
  envName: 'OMISE_SECRET_KEY',
  references: ['https://docs.opn.ooo/authentication', 'https://docs.opn.ooo/keys'],
  examples: {
    positive: [
      `curl -s https://api.omise.co/account -u "${fake('skey_{l19}', 101403)}7:"`,
      `OMISE_SECRET_KEY=${fake('skey_test_{l19}', 101404)}3`,
    ],
    negative: [
      `OMISE_PUBLIC_KEY=${fake('pkey_test_{l19}', 101405)}3`,
      'settings.skey_configuration_value = true',
      'OMISE_SECRET_KEY=skey_test_xxxxxxxxxxxxxxxxxxxx',
    ],
  },
});
