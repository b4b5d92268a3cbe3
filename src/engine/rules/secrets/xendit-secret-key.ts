import { defineRule, fake } from '../defineRule';

// Xendit (Indonesia, the Philippines, Thailand, Malaysia, Vietnam) secret API keys: `xnd_production_`
// or `xnd_development_` then a long base62 body. The key is sent as the Basic-auth user with an empty
// password (`curl -u xnd_production_…:`), so it turns up in shell histories and runbooks. Xendit's
// public keys start `xnd_public_` and are meant for the browser: not reported.
export default defineRule({
  id: 'xendit-secret-key',
  category: 'secret',
  description: 'Xendit secret API key (xnd_production_ / xnd_development_)',
  keywords: ['xnd_production_', 'xnd_development_'],
  pattern: /(?<![\w-])xnd_(?:production|development)_[A-Za-z0-9]{40,90}(?![\w-])/gu,
  publicPrefix: 15,
  envName: 'XENDIT_SECRET_KEY',
  references: ['https://docs.xendit.co/apidocs/authentication', 'https://dashboard.xendit.co/settings/developers#api-keys'],
  examples: {
    positive: [
      `curl -s https://api.xendit.co/balance -u ${fake('xnd_production_{a60}', 101400)}: | jq`,
      `XENDIT_SECRET_KEY=${fake('xnd_development_{a56}', 101401)}`,
    ],
    negative: [
      `XENDIT_PUBLIC_KEY=${fake('xnd_public_production_{a56}', 101402)}`,
      'XENDIT_SECRET_KEY=xnd_development_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'XENDIT_SECRET_KEY=${XENDIT_SECRET_KEY}',
    ],
  },
});
