import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// Modal's API tokens come in pairs: a token id (`ak-` and 22 letters and digits) and its secret
// (`as-` and 22), set with `modal token set --token-id … --token-secret …` or MODAL_TOKEN_ID and
// MODAL_TOKEN_SECRET, and stored in ~/.modal.toml. The pair runs code and reads volumes and
// secrets in the workspace; the id alone names it, like an AWS access key id, so both count.
export default defineRule({
  id: 'modal-token',
  category: 'secret',
  description: 'Modal API token id (ak-…) or secret (as-…)',
  keywords: ['modal', 'token-id', 'token-secret', 'token_id', 'token_secret'],
  window: { before: 200, after: 400 },
  pattern: /(?<![\w]|(?<!:)-)a[ks]-[A-Za-z0-9]{22}(?![\w-])/gu,
  validate: (s) => /[A-Z]/u.test(s.slice(3)) && /[a-z]/u.test(s.slice(3)) && looksRandom(s.slice(3), 3.2),
  publicPrefix: 3,
  envName: 'MODAL_TOKEN_SECRET',
  references: ['https://modal.com/docs/reference/modal.config', 'https://modal.com/docs/reference/cli/token'],
  examples: {
    positive: [
      `modal token set --token-id ak-${fake('{a22}', 1261)} --token-secret as-${fake('{a22}', 1262)}`,
      `export MODAL_TOKEN_SECRET=as-${fake('{a22}', 1263)}`,
      `[default]\ntoken_id = "ak-${fake('{a22}', 1264)}"\ntoken_secret = "as-${fake('{a22}', 1265)}"`,
    ],
    negative: [`modal token set --token-id ak-xxxxxxxxxxxxxxxxxxxxxx`, `css class as-${fake('{a22}', 1266)} on the page`],
  },
});
