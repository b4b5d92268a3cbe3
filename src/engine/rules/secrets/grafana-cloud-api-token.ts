import { defineRule, fake } from '../defineRule';
import { decodeJsonObject, encodeBase64 } from './_providerKit';

function sample(seed: number): string {
  const payload = JSON.stringify({ o: fake('{d6}', seed), n: 'stack-ci-token', k: fake('{a24}', seed + 1), m: { r: 'prod-us-east-0' } });
  return `glc_${encodeBase64(payload)}`;
}

export default defineRule({
  id: 'grafana-cloud-api-token',
  category: 'secret',
  description: 'Grafana Cloud access policy token (glc_…)',
  keywords: ['glc_'],
  // glc_ + base64 of a JSON object with the org ("o"), name ("n") and key ("k")
  pattern: /(?<![\w]|(?<!:)-)glc_eyJ[A-Za-z0-9+/]{30,600}={0,2}(?![\w+/=-])/gu,
  validate: (s) => {
    const payload = decodeJsonObject(s.slice(4));
    return payload !== undefined && typeof payload.k === 'string' && payload.k.length >= 8 && 'o' in payload;
  },
  publicPrefix: 4,
  envName: 'GRAFANA_CLOUD_TOKEN',
  references: ['https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/'],
  examples: {
    positive: [`GRAFANA_CLOUD_TOKEN=${sample(1)}`, `password: ${sample(5)}`],
    negative: [
      `GRAFANA_CLOUD_TOKEN=glc_${encodeBase64(JSON.stringify({ hello: 'world', list: [1, 2, 3] }))}`,
      'GRAFANA_CLOUD_TOKEN=glc_your_token_here',
      fake('glsa_{a32}_{h8}'),
    ],
  },
});
