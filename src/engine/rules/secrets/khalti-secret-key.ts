import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'khalti-secret-key',
  category: 'secret',
  description: 'Khalti payment gateway secret key (live_secret_key_… / test_secret_key_…)',
  keywords: ['_secret_key_'],
  // live_ or test_, secret_key_, then 32 hexadecimal characters. (The public key, live_public_key_…, is meant to be public.)
  pattern: /(?<![\w]|(?<!:)-)(?:live|test)_secret_key_([0-9a-f]{32})(?![\w-])/gu,
  validate: (_s, ctx) => looksRandom(ctx.match[1] ?? '', 3),
  publicPrefix: 16,
  envName: 'KHALTI_SECRET_KEY',
  references: ['https://docs.khalti.com/khalti-epayment/'],
  examples: {
    positive: [`KHALTI_SECRET_KEY=live_secret_key_${fake('{h32}', 91)}`, `headers = {"Authorization": "Key test_secret_key_${fake('{h32}', 92)}"}`],
    negative: [`KHALTI_PUBLIC_KEY=live_public_key_${fake('{h32}', 93)}`, `KHALTI_SECRET_KEY=live_secret_key_${fake('{h31}', 94)}`, 'KHALTI_SECRET_KEY=live_secret_key_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});
