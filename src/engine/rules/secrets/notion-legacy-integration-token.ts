import { defineRule, fake } from '../defineRule';
import { isNear, looksRandom } from './_providerKit';

export default defineRule({
  id: 'notion-legacy-integration-token',
  category: 'secret',
  description: 'Notion integration token in the legacy secret_… format, near a mention of Notion',
  keywords: ['notion'],
  // secret_ + 43 alphanumerics; the prefix is generic, so "notion" must appear close by
  pattern: /(?<![\w]|(?<!:)-)secret_[A-Za-z0-9]{43}(?![\w-])/gu,
  validate: (s, ctx) => looksRandom(s.slice(7), 3.5) && isNear(ctx, /notion/iu, 300, 150),
  publicPrefix: 7,
  envName: 'NOTION_TOKEN',
  references: ['https://developers.notion.com/reference/authentication'],
  examples: {
    positive: [
      `NOTION_TOKEN=${fake('secret_{a43}')}`,
      `notion = Client(auth="${fake('secret_{a43}', 5)}")`,
    ],
    negative: [
      `SESSION_SECRET=${fake('secret_{a43}', 9)}`,
      `NOTION_TOKEN=${fake('secret_{a40}')}`,
      'NOTION_TOKEN=secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('ntn_{d11}{a35}'),
    ],
  },
});
