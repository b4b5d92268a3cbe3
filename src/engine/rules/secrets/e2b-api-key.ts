import { defineRule, fake } from '../defineRule';
import { isSequentialOrRepetitive } from '../../scan/filters';

// An E2B API key: `e2b_` and 40 lower-case hex digits (the SDKs check that shape before they call
// the API). E2B runs the sandboxes AI coding agents execute code in; the key starts, lists and kills
// the team's sandboxes and reads what runs in them. Agents' `.env` files and transcripts carry it.
export default defineRule({
  id: 'e2b-api-key',
  category: 'secret',
  description: 'E2B API key (e2b_ and 40 hex digits): code sandboxes for AI agents',
  keywords: ['e2b_'],
  pattern: /(?<![\w-])e2b_[0-9a-f]{40}(?![\w-])/gu,
  validate: (s) => isSequentialOrRepetitive(s.slice(4)) === undefined,
  publicPrefix: 4,
  envName: 'E2B_API_KEY',
  references: ['https://e2b.dev/docs/api-key'],
  examples: {
    positive: [`E2B_API_KEY=e2b_${fake('{h40}', 101531)}`, `sandbox = Sandbox(api_key="e2b_${fake('{h40}', 101532)}")`],
    negative: ['E2B_API_KEY=e2b_***', 'E2B_API_KEY=e2b_your_actual_key_here', 'e2b_0000000000000000000000000000000000000000'],
  },
});
