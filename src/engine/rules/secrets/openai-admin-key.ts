import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'openai-admin-key',
  category: 'secret',
  description: 'OpenAI organization admin API key (sk-admin-…)',
  keywords: ['sk-admin-'],
  // sk-admin- + 20-120 base64url characters + "T3BlbkFJ" (base64 of "OpenAI") + 20-120 more.
  // NOTE: the marker is required, because "sk-admin-" alone is a common made-up key prefix.
  pattern: /(?<![\w]|(?<!:)-)sk-admin-[A-Za-z0-9_-]{20,120}T3BlbkFJ[A-Za-z0-9_-]{20,120}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(9), 3) && minEntropy(s.slice(9), 3.5),
  publicPrefix: 9,
  envName: 'OPENAI_ADMIN_KEY',
  references: ['https://platform.openai.com/docs/api-reference/administration', 'https://platform.openai.com/docs/api-reference/admin-api-keys'],
  examples: {
    positive: [
      `headers = {"Authorization": "Bearer ${fake('sk-admin-{w74}T3BlbkFJ{w74}', 2)}"}`,
      `OPENAI_ADMIN_KEY=${fake('sk-admin-{w58}T3BlbkFJ{w58}')}`,
    ],
    negative: [
      'OPENAI_ADMIN_KEY=sk-admin-0123456789abcdef',
      `OPENAI_ADMIN_KEY=${fake('sk-admin-{w40}')}`,
      'OPENAI_ADMIN_KEY=sk-admin-...',
      `OPENAI_ADMIN_KEY=${fake('sk-proj-{w74}T3BlbkFJ{w74}')}`,
    ],
  },
});
