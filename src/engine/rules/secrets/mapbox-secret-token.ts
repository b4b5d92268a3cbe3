import { defineRule, fake } from '../defineRule';
import { decodeJsonObject, encodeBase64, looksRandom } from './_providerKit';

function sample(prefix: string, seed: number): string {
  const payload = encodeBase64(JSON.stringify({ u: 'acme-maps', a: fake('{l25}', seed) }), true);
  return `${prefix}.${payload}.${fake('{w22}', seed + 1)}`;
}

export default defineRule({
  id: 'mapbox-secret-token',
  category: 'secret',
  description: 'Mapbox secret access token (sk.eyJ…)',
  keywords: ['sk.eyj'],
  // sk. + base64url JSON ({"u":<user>,"a":<token id>}) + . + 22 base64url characters.
  // NOTE: pk.… tokens are public by design.
  pattern: /(?<![\w.-])sk\.(eyJ[\w-]{10,300})\.([\w-]{22})(?![\w.-])/gu,
  validate: (_s, ctx) => {
    const payload = decodeJsonObject(ctx.match[1] ?? '');
    return payload !== undefined && 'u' in payload && looksRandom(ctx.match[2] ?? '', 3.3);
  },
  publicPrefix: 3,
  envName: 'MAPBOX_SECRET_TOKEN',
  references: ['https://docs.mapbox.com/accounts/guides/tokens/'],
  examples: {
    positive: [`MAPBOX_DOWNLOADS_TOKEN=${sample('sk', 1)}`, `mapbox upload acme.tileset data.geojson --token ${sample('sk', 4)}`],
    negative: [`MAPBOX_ACCESS_TOKEN=${sample('pk', 1)}`, `sk.${encodeBase64('{"x":1}', true)}.${fake('{w22}')}`, 'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ...'],
  },
});
