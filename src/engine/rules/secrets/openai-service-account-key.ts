import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'openai-service-account-key',
  category: 'secret',
  description: 'OpenAI service account API key (sk-svcacct-…)',
  keywords: ['sk-svcacct-'],
  // sk-svcacct- + 40-200 base64url characters (usually 74 + "T3BlbkFJ" + 74)
  pattern: /(?<![\w]|(?<!:)-)sk-svcacct-[A-Za-z0-9_-]{40,200}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(11), 3) && minEntropy(s.slice(11), 3.5),
  publicPrefix: 11,
  envName: 'OPENAI_API_KEY',
  references: ['https://platform.openai.com/docs/api-reference/authentication', 'https://platform.openai.com/docs/api-reference/project-service-accounts'],
  examples: {
    positive: [
      `curl https://api.openai.com/v1/models -H "Authorization: Bearer ${fake('sk-svcacct-{w74}T3BlbkFJ{w74}', 5)}"`,
      `OPENAI_API_KEY=${fake('sk-svcacct-{w74}T3BlbkFJ{w74}')}`,
      `openai.api_key = '${fake('sk-svcacct-{a20}T3BlbkFJ{a20}', 3)}'`,
    ],
    negative: [
      `OPENAI_API_KEY=${fake('sk-svcacct-{a16}')}`,
      'OPENAI_API_KEY=sk-svcacct-<your-key>',
      'OPENAI_API_KEY=sk-svcacct-synthetic-key-for-tests-only-not-real',
      `OPENAI_API_KEY=${fake('sk-proj-{w74}T3BlbkFJ{w74}')}`,
    ],
  },
});
