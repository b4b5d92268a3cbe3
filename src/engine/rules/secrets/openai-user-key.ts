import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'openai-user-key',
  category: 'secret',
  description: 'OpenAI legacy user API key (sk-… containing T3BlbkFJ)',
  keywords: ['t3blbkfj'],
  // sk- + either 20 alphanumerics + "T3BlbkFJ" (base64 of "OpenAI") + 20 alphanumerics, or
  // None- + 20-120 base64url characters + "T3BlbkFJ" + 20-120 more.
  pattern: /(?<![\w]|(?<!:)-)sk-(?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|None-[A-Za-z0-9_-]{20,120}T3BlbkFJ[A-Za-z0-9_-]{20,120})(?![\w-])/gu,
  validate: (s) => {
    const body = s.replace(/^sk-(?:None-)?/u, '').replace('T3BlbkFJ', '');
    return hasCharClasses(body, 2) && minEntropy(body, 3.5);
  },
  publicPrefix: 3,
  envName: 'OPENAI_API_KEY',
  references: ['https://platform.openai.com/docs/api-reference/authentication', 'https://help.openai.com/en/articles/4936850-where-do-i-find-my-openai-api-key'],
  examples: {
    positive: [
      `OPENAI_API_KEY=${fake('sk-{a20}T3BlbkFJ{a20}')}`,
      `openai.api_key = "${fake('sk-None-{w58}T3BlbkFJ{w58}', 2)}"`,
    ],
    negative: [
      `OPENAI_API_KEY=${fake('sk-{a48}')}`,
      `OPENAI_API_KEY=${fake('sk-{a18}T3BlbkFJ{a20}')}`,
      'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx',
      `OPENAI_API_KEY=${fake('sk-proj-{w74}T3BlbkFJ{w74}')}`,
    ],
  },
});
