import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'anthropic-oauth-refresh-token',
  category: 'secret',
  description: 'Anthropic OAuth refresh token (sk-ant-ort01-…)',
  keywords: ['sk-ant-ort01-'],
  // sk-ant-ort01- + 40-200 base64url characters (length not documented)
  pattern: /(?<![\w]|(?<!:)-)sk-ant-ort01-[\w-]{40,200}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(13), 3) && minEntropy(s.slice(13), 3.5),
  publicPrefix: 13,
  envName: 'CLAUDE_CODE_OAUTH_REFRESH_TOKEN',
  references: ['https://docs.anthropic.com/en/docs/claude-code/iam'],
  examples: {
    positive: [
      `curl https://api.anthropic.com/v1/messages -H "Authorization: Bearer ${fake('sk-ant-ort01-' + '{w93}AA', 5)}"`,
      `CLAUDE_CODE_OAUTH_REFRESH_TOKEN=${fake('sk-ant-ort01-' + '{w93}AA')}`,
      `"refreshToken": "${fake('sk-ant-ort01-' + '{w93}AA', 2)}",`,
    ],
    negative: [
      `CLAUDE_CODE_OAUTH_REFRESH_TOKEN=${fake('sk-ant-ort01-' + '{w20}')}`,
      'CLAUDE_CODE_OAUTH_REFRESH_TOKEN=sk-ant-ort01-' + '...',
      'CLAUDE_CODE_OAUTH_REFRESH_TOKEN=sk-ant-ort01-' + 'TEST_TOKEN_NOT_REAL',
      `CLAUDE_CODE_OAUTH_REFRESH_TOKEN=${fake('sk-ant-oat01-' + '{w93}AA')}`,
    ],
  },
});
