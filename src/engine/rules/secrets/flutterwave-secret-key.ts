import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'flutterwave-secret-key',
  category: 'secret',
  description: 'Flutterwave secret key (FLWSECK-…-X / FLWSECK_TEST-…-X)',
  keywords: ['flwseck'],
  // FLWSECK- or FLWSECK_TEST- + 32 hex + -X. NOTE: FLWPUBK… public keys are not secrets.
  pattern: /(?<![\w]|(?<!:)-)FLWSECK(?:_TEST)?-[a-fA-F0-9]{32}-X(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(s.indexOf('-') + 1, -2), 3),
  publicPrefix: 8,
  envName: 'FLW_SECRET_KEY',
  references: ['https://developer.flutterwave.com/docs/authentication'],
  examples: {
    positive: [`FLW_SECRET_KEY=${fake('FLWSECK-{h32}-X')}`, `FLW_SECRET_KEY=${fake('FLWSECK_TEST-{h32}-X', 2)}`],
    negative: [fake('FLWPUBK-{h32}-X'), fake('FLWSECK-{h20}-X'), 'FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X'],
  },
});
