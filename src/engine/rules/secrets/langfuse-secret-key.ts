import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// Langfuse (LLM tracing) keys come in pairs: `pk-lf-<uuid>` is the project's public key, sent by
// browsers; `sk-lf-<uuid>` is its secret, which reads and writes every trace, prompt and score.
export default defineRule({
  id: 'langfuse-secret-key',
  category: 'secret',
  description: 'Langfuse secret key (sk-lf-<uuid>)',
  keywords: ['sk-lf-'],
  pattern: /(?<![\w]|(?<!:)-)sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/gu,
  // (Not the all-zero stand-in of .env examples.)
  validate: (s) => looksRandom(s.slice(6).replace(/-/gu, ''), 3),
  acceptsUuid: true,
  publicPrefix: 6,
  envName: 'LANGFUSE_SECRET_KEY',
  references: ['https://langfuse.com/faq/all/where-are-langfuse-api-keys'],
  examples: {
    positive: [
      `LANGFUSE_SECRET_KEY="sk-lf-${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 101211)}"`,
      `langfuse = Langfuse(public_key="pk-lf-${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 101212)}", secret_key="sk-lf-${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 101213)}")`,
    ],
    negative: [
      'LANGFUSE_SECRET_KEY=sk-lf-00000000-0000-0000-0000-000000000000',
      `LANGFUSE_PUBLIC_KEY=pk-lf-${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 101212)}`,
      'LANGFUSE_SECRET_KEY=sk-lf-...',
    ],
  },
});
