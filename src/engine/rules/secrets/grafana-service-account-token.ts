import { crc32, defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

/** Grafana's checksum: CRC-32 of "glsa_<secret>", its four bytes little-endian, as hex. */
function checksum(body: string): string {
  const c = crc32(`glsa_${body}`);
  let hex = '';
  for (let i = 0; i < 4; i++) hex += ((c >>> (8 * i)) & 0xff).toString(16).padStart(2, '0');
  return hex;
}

function sample(seed: number): string {
  const body = fake('{a32}', seed);
  return `glsa_${body}_${checksum(body)}`;
}

export default defineRule({
  id: 'grafana-service-account-token',
  category: 'secret',
  description: 'Grafana service account token (glsa_…)',
  keywords: ['glsa_'],
  // glsa_ + 32 alphanumerics + _ + 8-hex CRC-32 checksum
  // (A shell default may hold one: `${GRAFANA_TOKEN:-glsa_…}`.)
  pattern: /(?<![\w]|(?<!:)-)glsa_([A-Za-z0-9]{32})_([a-f0-9]{8})(?![\w-])/gu,
  validate: (_s, ctx) => checksum(ctx.match[1] ?? '') === ctx.match[2] && looksRandom(ctx.match[1] ?? '', 3.5),
  publicPrefix: 5,
  envName: 'GRAFANA_SERVICE_ACCOUNT_TOKEN',
  references: [
    'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
    'https://github.com/grafana/grafana/blob/main/pkg/components/satokengen/tokengen.go',
  ],
  examples: {
    positive: [`GRAFANA_SERVICE_ACCOUNT_TOKEN=${sample(1)}`, `SRC_TOKEN="\${GRAFANA_SRC_TOKEN:-${sample(4)}}"`, `curl -H "Authorization: Bearer ${sample(2)}" https://grafana.acme.io/api/search`],
    negative: [
      `GRAFANA_TOKEN=glsa_${fake('{a32}', 1)}_00000000`,
      `GRAFANA_TOKEN=${sample(3).slice(0, -1)}`,
      'GRAFANA_TOKEN=glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx',
      fake('glc_{a40}'),
    ],
  },
});
