import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'anthropic-api-key',
  category: 'secret',
  description: 'Anthropic API key (sk-ant-api03-…)',
  keywords: ['sk-ant-api03-'],
  // sk-ant-api03- + 93 base64url characters + AA
  pattern: /(?<![\w]|(?<!:)-)sk-ant-api03-[\w-]{93}AA(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(13), 3) && minEntropy(s.slice(13), 3.5),
  publicPrefix: 13,
  envName: 'ANTHROPIC_API_KEY',
  references: ['https://docs.anthropic.com/en/api/getting-started', 'https://docs.anthropic.com/en/api/overview#authentication'],
  examples: {
    positive: [
      `ANTHROPIC_API_KEY=${fake('sk-ant-api03-' + '{w93}AA')}`,
      `client = anthropic.Anthropic(api_key="${fake('sk-ant-api03-' + '{w93}AA', 2)}")`,
    ],
    negative: [
      `ANTHROPIC_API_KEY=${fake('sk-ant-api03-' + '{w20}')}`,
      'ANTHROPIC_API_KEY=sk-ant-api03-' + '...',
      'ANTHROPIC_API_KEY=sk-ant-api03-' + 'TEST_TOKEN_NOT_REAL',
      `ANTHROPIC_API_KEY=${fake('sk-ant-admin01-' + '{w93}AA')}`,
    ],
  },
});
