import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'notion-integration-token',
  category: 'secret',
  description: 'Notion integration token (ntn_…)',
  keywords: ['ntn_'],
  // ntn_ + 11 digits + 35 alphanumerics (50 characters in all)
  pattern: /(?<![\w]|(?<!:)-)ntn_\d{11}[A-Za-z0-9]{35}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(15), 3.5),
  publicPrefix: 4,
  envName: 'NOTION_TOKEN',
  references: ['https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up'],
  examples: {
    positive: [
      `NOTION_TOKEN=${fake('ntn_{d11}{a35}')}`,
      `const notion = new Client({ auth: '${fake('ntn_{d11}{a35}', 11)}' });`,
    ],
    negative: [fake('ntn_{a46}'), fake('ntn_{d11}{a30}'), 'NOTION_TOKEN=ntn_your_token_here', fake('secret_{a43}')],
  },
});
