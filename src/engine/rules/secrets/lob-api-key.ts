import { defineRule, fake } from '../defineRule';
import { isNear, looksRandom } from './_providerKit';

export default defineRule({
  id: 'lob-api-key',
  category: 'secret',
  description: 'Lob secret API key (live_/test_ + 35 hex) near a mention of Lob',
  keywords: ['lob'],
  // The validator wants "lob" within 200 characters before or 100 after the key (40 long), so
  // only the text around each "lob" can hold a reported key ("lob" also hides in glob and blob).
  window: { before: 150, after: 250 },
  // live_ / test_ + 35 lower-case hex characters. NOTE: publishable keys (live_pub_/test_pub_) are public.
  pattern: /(?<![\w]|(?<!:)-)(?:live|test)_[a-f0-9]{35}(?![\w-])/gu,
  validate: (s, ctx) => looksRandom(s.slice(5), 3) && isNear(ctx, /\blob(?:\b|[_.-])/iu, 200, 100),
  publicPrefix: 5,
  envName: 'LOB_API_KEY',
  references: ['https://docs.lob.com/#section/Authentication'],
  examples: {
    positive: [`LOB_API_KEY=${fake('live_{h35}')}`, `curl https://api.lob.com/v1/addresses -u ${fake('test_{h35}', 2)}:`],
    negative: [`LOB_PUBLISHABLE_KEY=${fake('live_pub_{h31}')}`, `SOME_API_KEY=${fake('live_{h35}')}`, `LOB_API_KEY=${fake('live_{h20}')}`, `const files = glob.sync('*.json'); const key = '${fake('test_{h35}', 3)}';`],
  },
});
