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
  pattern: /(?<![\w.]|(?<!:)-)sk\.(eyJ[\w-]{10,300})\.([\w-]{22})(?![\w.-])/gu,
  // The payload starts {"u":" (eyJ1Ijoi) in every token Mapbox issues. Decision: that prefix, not
  // a full JSON decode, is the check: a token cut or retyped in a paste is still a leaked token.
  validate: (_s, ctx) => {
    const payload = ctx.match[1] ?? '';
    return (payload.startsWith('eyJ1Ijoi') || decodeJsonObject(payload)?.u !== undefined) && looksRandom(ctx.match[2] ?? '', 3.3);
  },
  publicPrefix: 3,
  envName: 'MAPBOX_SECRET_TOKEN',
  references: ['https://docs.mapbox.com/accounts/guides/tokens/'],
  examples: {
    positive: [
      `MAPBOX_DOWNLOADS_TOKEN=${sample('sk', 1)}`,
      `mapbox upload acme.tileset data.geojson --token ${sample('sk', 4)}`,
      // cut mid-payload, as in a truncated paste
      `mapboxDownloadsToken=${sample('sk', 6).replace(/^(sk\.eyJ[\w-]{40})[\w-]*/u, '$1')}`,
    ],
    negative: [`MAPBOX_ACCESS_TOKEN=${sample('pk', 1)}`, `sk.${encodeBase64('{"x":1}', true)}.${fake('{w22}')}`, 'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ...'],
  },
});
