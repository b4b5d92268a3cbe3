import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'anthropic-admin-key',
  category: 'secret',
  description: 'Anthropic Admin API key (sk-ant-admin01-…)',
  keywords: ['sk-ant-admin01-'],
  // sk-ant-admin01- + 93 base64url characters + AA
  pattern: /(?<![\w]|(?<!:)-)sk-ant-admin01-[\w-]{93}AA(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(15), 3) && minEntropy(s.slice(15), 3.5),
  publicPrefix: 15,
  envName: 'ANTHROPIC_ADMIN_KEY',
  references: ['https://docs.anthropic.com/en/api/administration-api'],
  examples: {
    positive: [
      `ANTHROPIC_ADMIN_KEY=${fake('sk-ant-admin01-' + '{w93}AA')}`,
      `client = anthropic.Anthropic(api_key="${fake('sk-ant-admin01-' + '{w93}AA', 2)}")`,
    ],
    negative: [
      `ANTHROPIC_ADMIN_KEY=${fake('sk-ant-admin01-' + '{w20}')}`,
      'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-' + '...',
      'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-' + 'TEST_TOKEN_NOT_REAL',
      `ANTHROPIC_ADMIN_KEY=${fake('sk-ant-api03-' + '{w93}AA')}`,
    ],
  },
});
