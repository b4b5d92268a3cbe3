import { defineRule, fake } from '../defineRule';
import { isNear, looksRandom } from './_providerKit';

/** Hetzner named near the value: the provider, its CLI and Terraform provider, their variables. */
const HETZNER_CONTEXT = /hetzner|hcloud/iu;

// A Hetzner Cloud API token: 64 letters and digits, with no prefix, so it needs Hetzner named
// nearby (`HCLOUD_TOKEN=…`, `hcloud context create`, a Terraform `provider "hcloud"`, a chat line
// about "the Hetzner API token").
export default defineRule({
  id: 'hetzner-cloud-token',
  category: 'secret',
  description: 'Hetzner Cloud API token (64 letters and digits, near Hetzner or hcloud)',
  keywords: ['hetzner', 'hcloud'],
  window: { before: 200, after: 200 },
  pattern: /(?<![\w+/-])[A-Za-z0-9]{64}(?![\w+/=-])/gu,
  validate: (s, ctx) => /[a-z]/u.test(s) && /[A-Z]/u.test(s) && /\d/u.test(s) && looksRandom(s, 4.5) && isNear(ctx, HETZNER_CONTEXT, 200, 40),
  envName: 'HCLOUD_TOKEN',
  references: ['https://docs.hetzner.cloud/#authentication'],
  examples: {
    positive: [`export HCLOUD_TOKEN=${fake('{a64}', 4213)}`, `Hetzner API token for the test boxes (fsn1): ${fake('{a64}', 4214)}`],
    negative: [`export HCLOUD_TOKEN=$(pass show hetzner/token)`, `GITLAB_RUNNER_TOKEN=${fake('{a64}', 4215)}`],
  },
});
