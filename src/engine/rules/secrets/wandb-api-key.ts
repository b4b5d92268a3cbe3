import { defineRule, fake } from '../defineRule';

// A Weights & Biases API key: 40 hex characters (86 for newer local-server keys) passed to
// `wandb login`, set as WANDB_API_KEY, or written to ~/.netrc for api.wandb.ai.
export default defineRule({
  id: 'wandb-api-key',
  category: 'secret',
  description: 'Weights & Biases API key (wandb login <key>, WANDB_API_KEY=…, wandb.login(key=…), a note\'s "wandb key: …")',
  keywords: ['wandb'],
  window: { before: 16, after: 160 },
  pattern: /(?:\bwandb[ \t]{1,3}login(?:[ \t]{1,3}--[\w-]{1,20}(?:[ \t]{1,3}[^\s-]\S{0,80})?){0,3}[ \t]{1,3}|\bWANDB_API_KEY["']?[ \t]{0,3}[:=][ \t]{0,3}["']?|\bwandb\.login\([^)\n]{0,40}key[ \t]{0,2}=[ \t]{0,2}\\?["']|\bwandb[ \t]{0,2}[:—-]?[ \t]{0,2}(?:api[ _-]?)?(?:key|clé|cle|clave|chave|chiave|schlüssel)[ \t]{0,2}[:=]?[ \t]{0,2})([0-9a-f]{40}(?:[0-9a-f]{46})?)(?![0-9A-Za-z])/gu,
  secretGroup: 1,
  validate: (s) => new Set(s).size >= 10,
  envName: 'WANDB_API_KEY',
  references: ['https://docs.wandb.ai/ref/cli/wandb-login/'],
  examples: {
    positive: [`wandb login ${fake('{h40}', 531)}`, `export WANDB_API_KEY=${fake('{h40}', 532)}`, `wandb.login(key="${fake('{h40}', 533)}")`, `"source": ["wandb.login(key=\\"${fake('{h40}', 534)}\\")"]`, `- wandb api key: ${fake('{h40}', 535)}`],
    negative: ['wandb login --relogin', 'export WANDB_API_KEY=$WANDB_KEY', `WANDB_API_KEY=${'0'.repeat(40)}`],
  },
});
