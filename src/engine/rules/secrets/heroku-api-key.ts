import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'heroku-api-key',
  category: 'secret',
  description: 'Heroku API key / OAuth token in the prefixed format (HRKU-…)',
  keywords: ['hrku-'],
  // HRKU- + either AA + 58 base64url characters, or a UUID (the first prefixed form)
  pattern: /(?<![\w]|(?<!:)-)HRKU-(?:AA[\w-]{58}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(5).replace(/-/gu, ''), 3),
  publicPrefix: 5,
  envName: 'HEROKU_API_KEY',
  references: ['https://devcenter.heroku.com/articles/authentication', 'https://devcenter.heroku.com/articles/platform-api-quickstart#authentication'],
  examples: {
    positive: [
      `HEROKU_API_KEY=${fake('HRKU-AA{w58}')}`,
      `curl -n https://api.heroku.com/apps -H "Authorization: Bearer ${fake('HRKU-{h8}-{h4}-{h4}-{h4}-{h12}', 2)}"`,
    ],
    negative: [
      `HEROKU_API_KEY=${fake('HRKU-AA{w50}')}`,
      `HEROKU_API_KEY=${fake('HRKU-BB{w58}')}`,
      'HEROKU_API_KEY=HRKU-00000000-0000-0000-0000-000000000000',
      `HEROKU_API_KEY=${fake('{h8}-{h4}-{h4}-{h4}-{h12}')}`,
    ],
  },
});
