import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'flyio-macaroon-token',
  category: 'secret',
  description: 'Fly.io macaroon token (fm1a_/fm1r_/fm2_…, often after "FlyV1 ")',
  keywords: ['fm1a_', 'fm1r_', 'fm2_'],
  // fm1a_ / fm1r_ / fm2_ + a long base64 body (100+ characters); several may be comma-joined
  pattern: /(?<![\w+/-])fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,4000}={0,3}(?![\w+/=-])/gu,
  validate: (s) => looksRandom(s.slice(s.indexOf('_') + 1), 4),
  publicPrefix: 4,
  envName: 'FLY_API_TOKEN',
  references: ['https://fly.io/docs/security/tokens/', 'https://fly.io/docs/flyctl/tokens-create/'],
  examples: {
    positive: [
      `${fake('fm2_{b200}', 7)} is the deploy token for the staging app`,
      `FLY_API_TOKEN=${fake('fm2_{b150}', 8)}`,
      `FLY_API_TOKEN="FlyV1 ${fake('fm2_{b180}')},${fake('fm2_{b120}', 3)}"`,
      `Authorization: FlyV1 ${fake('fm1r_{b160}')}`,
    ],
    negative: [fake('fm2_{b60}'), fake('fm3_{b180}'), 'FLY_API_TOKEN="FlyV1 fm2_<token>"'],
  },
});
