import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'anthropic-oauth-token',
  category: 'secret',
  description: 'Anthropic OAuth access token, e.g. from claude setup-token (sk-ant-oat01-…)',
  keywords: ['sk-ant-oat01-'],
  // sk-ant-oat01- + 40-200 base64url characters (length not documented)
  pattern: /(?<![\w]|(?<!:)-)sk-ant-oat01-[\w-]{40,200}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(13), 3) && minEntropy(s.slice(13), 3.5),
  publicPrefix: 13,
  envName: 'CLAUDE_CODE_OAUTH_TOKEN',
  references: ['https://docs.anthropic.com/en/docs/claude-code/iam', 'https://docs.anthropic.com/en/docs/claude-code/github-actions'],
  examples: {
    positive: [
      `curl https://api.anthropic.com/v1/messages -H "Authorization: Bearer ${fake('sk-ant-oat01-' + '{w93}AA', 5)}"`,
      `CLAUDE_CODE_OAUTH_TOKEN=${fake('sk-ant-oat01-' + '{w93}AA')}`,
      `claude_code_oauth_token: "${fake('sk-ant-oat01-' + '{w93}AA', 2)}"`,
    ],
    negative: [
      `CLAUDE_CODE_OAUTH_TOKEN=${fake('sk-ant-oat01-' + '{w20}')}`,
      'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-' + '...',
      'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-' + 'TEST_TOKEN_NOT_REAL',
      `CLAUDE_CODE_OAUTH_TOKEN=${fake('sk-ant-ort01-' + '{w93}AA')}`,
    ],
  },
});
