import { defineRule, fake } from '../defineRule';
import { decodeJsonObject, encodeBase64 } from './_providerKit';

function sample(seed: number): string {
  return encodeBase64(JSON.stringify({ k: fake('{a32}', seed), n: 'deploy-bot', id: 1 }));
}

export default defineRule({
  id: 'grafana-api-key',
  category: 'secret',
  description: 'Grafana legacy API key (base64 JSON starting eyJrIjoi…)',
  keywords: ['eyjrijoi'],
  // base64 of {"k":"<key>","n":"<name>","id":<org>}; eyJrIjoi is the encoding of {"k":"
  pattern: /(?<![\w+/.-])eyJrIjoi[A-Za-z0-9+/]{40,300}={0,2}(?![\w+/=.-])/gu,
  validate: (s) => {
    const payload = decodeJsonObject(s);
    return payload !== undefined && typeof payload.k === 'string' && payload.k.length >= 16 && 'n' in payload && 'id' in payload;
  },
  envName: 'GRAFANA_API_KEY',
  references: ['https://grafana.com/docs/grafana/latest/developers/http_api/auth/'],
  examples: {
    positive: [`GRAFANA_API_KEY=${sample(1)}`, `headers = {"Authorization": "Bearer ${sample(2)}"}`],
    negative: [
      // a Power BI embed link shares the prefix but carries other fields
      `https://app.powerbi.com/view?r=${encodeBase64(JSON.stringify({ k: fake('{h32}', 4), t: fake('{h32}', 5), c: 3 }))}`,
      `GRAFANA_API_KEY=${encodeBase64(JSON.stringify({ k: 'short', n: 'x', id: 1 }))}`,
      fake('glsa_{a32}_{h8}'),
    ],
  },
});
