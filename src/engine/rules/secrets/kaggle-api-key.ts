import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// kaggle.json (~/.kaggle/kaggle.json, or the same dict in a notebook): {"username": …, "key": <32 hex>}.
export default defineRule({
  id: 'kaggle-api-key',
  category: 'secret',
  description: 'Kaggle API key (kaggle.json username + key)',
  keywords: ['"username"', "'username'", 'username\\"'],
  // (Back over an escaped quote's backslash and quote: `\"username\"`.)
  window: { before: 2, after: 200 },
  // (Also JSON-escaped, as a notebook's source writes a `json.dumps({...})` call: `{\"username\": …}`.)
  pattern: /\\?["']username\\?["'][ \t]*:[ \t]*\\?["'][^"'\\\n]{1,64}\\?["'][ \t]*,[ \t]*\\?["']key\\?["'][ \t]*:[ \t]*\\?["']([0-9a-f]{32})\\?["']/gu,
  secretGroup: 1,
  validate: (s) => looksRandom(s, 3),
  envName: 'KAGGLE_KEY',
  references: ['https://www.kaggle.com/docs/api#authentication'],
  examples: {
    positive: [
      `{"username":"nadia.haddad","key":"${fake('{h32}', 1)}"}`,
      `KAGGLE = {'username': 'jdoe42', 'key': '${fake('{h32}', 2)}'}`,
      // a notebook's cell that writes kaggle.json, its source JSON-escaped
      `    "Path('kaggle.json').write_text(json.dumps({\\"username\\": \\"lab-bot\\", \\"key\\": \\"${fake('{h32}', 101432)}\\"}))\\n",`,
    ],
    negative: ['{"username":"nadia","key":"0123456789abcdef0123456789abcdef"}', '{"username":"x","key":"<your-kaggle-key>"}', `{"username":"x","key":"${fake('{h24}', 3)}"}`],
  },
});
