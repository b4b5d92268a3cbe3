import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'openai-project-key',
  category: 'secret',
  description: 'OpenAI project API key (sk-proj-…)',
  keywords: ['sk-proj-'],
  // sk-proj- + 40-200 base64url characters (current keys: 74 + "T3BlbkFJ" + 74; early keys: 48)
  pattern: /(?<![\w]|(?<!:)-)sk-proj-[A-Za-z0-9_-]{40,200}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(8), 3) && minEntropy(s.slice(8), 3.5),
  publicPrefix: 8,
  envName: 'OPENAI_API_KEY',
  references: ['https://platform.openai.com/docs/api-reference/authentication', 'https://help.openai.com/en/articles/9186755-managing-your-work-in-the-api-platform-with-projects'],
  examples: {
    positive: [
      `curl https://api.openai.com/v1/models -H "Authorization: Bearer ${fake('sk-proj-{w74}T3BlbkFJ{w74}', 5)}"`,
      `OPENAI_API_KEY=${fake('sk-proj-{w74}T3BlbkFJ{w74}')}`,
      `client = OpenAI(api_key="${fake('sk-proj-{a48}', 2)}")`,
    ],
    negative: [
      `OPENAI_API_KEY=${fake('sk-proj-{a20}')}`,
      'OPENAI_API_KEY=sk-proj-...',
      'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `OPENAI_API_KEY=${fake('sk-svcacct-{w74}T3BlbkFJ{w74}')}`,
    ],
  },
});
