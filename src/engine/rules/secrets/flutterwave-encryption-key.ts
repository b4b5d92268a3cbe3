import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'flutterwave-encryption-key',
  category: 'secret',
  description: 'Flutterwave test-mode encryption key (FLWSECK_TEST + 12 hex)',
  keywords: ['flwseck_test'],
  // FLWSECK_TEST + 12 hex characters (no dash; the secret key has a dash and -X)
  pattern: /(?<![\w]|(?<!:)-)FLWSECK_TEST[a-fA-F0-9]{12}(?![\w-])/gu,
  // (Twelve hex digits carry little entropy: a real key reads 2.2 bits a character at times.)
  validate: (s) => looksRandom(s.slice(12), 2.0),
  publicPrefix: 12,
  envName: 'FLW_ENCRYPTION_KEY',
  references: ['https://developer.flutterwave.com/docs/authentication'],
  examples: {
    positive: [`FLW_ENCRYPTION_KEY=${fake('FLWSECK_TEST{h12}')}`, `"encryption_key": "${fake('FLWSECK_TEST{h12}', 2)}"`],
    negative: [fake('FLWSECK_TEST-{h32}-X'), fake('FLWSECK_TEST{h8}'), 'FLWSECK_TEST000000000000', 'FLW_ENCRYPTION_KEY=FLWSECK_TESTxxxxxxxxxxxx'],
  },
});
