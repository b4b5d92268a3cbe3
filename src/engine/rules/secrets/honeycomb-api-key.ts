import { defineRule, fake, hasCharClasses } from '../defineRule';
import { keyedSource, looksRandom } from './_providerKit';

// Honeycomb's API keys: an environment's ingest key, `hc` + a letter + `ik_` (or `ic_` for a
// Classic one) and 58 lower-case alphanumerics, and its configuration keys, which carry no prefix
// and are found by their header (`x-honeycomb-team`, the OpenTelemetry exporter's headers setting)
// or a key named for Honeycomb.
export default defineRule({
  id: 'honeycomb-api-key',
  category: 'secret',
  description: 'Honeycomb ingest key (hcxik_…/hcxic_…) or a key in the x-honeycomb-team header or a Honeycomb key name',
  keywords: ['ik_', 'ic_', 'honeycomb'],
  pattern: new RegExp(
    [
      String.raw`(?<![\w-])(hc[a-z]i[kc]_[a-z0-9]{58})(?![\w-])`,
      String.raw`x-honeycomb-team["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9_]{22,64})(?![\w-])`,
      keyedSource(String.raw`honeycomb[\w.-]{0,16}?(?:api_?key|key|token|write_?key)`, String.raw`[A-Za-z0-9_]{22,64}(?![\w-])`),
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2, 3],
  validate: (s) => /^hc[a-z]i[kc]_/u.test(s) || (hasCharClasses(s, 2) && looksRandom(s, 3.2)),
  envName: 'HONEYCOMB_API_KEY',
  references: ['https://docs.honeycomb.io/api/authentication', 'https://docs.honeycomb.io/get-started/best-practices/api-keys'],
  examples: {
    positive: [
      `HONEYCOMB_API_KEY=${fake('hcaik_{l58}', 101044)}`,
      `OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${fake('{a22}', 101045)},x-honeycomb-dataset=api"`,
      `curl https://api.honeycomb.io/1/events/prod -H "X-Honeycomb-Team: ${fake('{h32}', 101046)}"`,
      `honeycomb_write_key: ${fake('{a32}', 101047)}`,
    ],
    negative: [
      `OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=\${HONEYCOMB_API_KEY},x-honeycomb-dataset=api"`,
      'HONEYCOMB_DATASET=payments-api',
      `hcaik_${fake('{l40}', 101048)}`,
      'x-honeycomb-team: your_api_key_here_0000000',
    ],
  },
});
