import { defineRule, fake, minEntropy } from '../defineRule';
import { keyPrefix, prefixedValue, textBefore } from './_keyedValue';

export default defineRule({
  id: 'datadog-api-key',
  category: 'secret',
  description: 'Datadog API key (32 hex) next to an API key name with Datadog in context (DD_API_KEY, DD-API-KEY, datadog api_key)',
  keywords: ['datadog', 'dd_api', 'dd-api', 'dd api', 'ddapi'],
  // 32 lower-case hex after an API key name; DD_/Datadog must appear in the name or just before it
  // Or in a sentence: "the DD api key for the synthetics is `…`", "api key de Datadog (…): …".
  // Or the `key` of an `api:` block, as the OpenTelemetry Collector's datadog exporter writes it
  // (`datadog:\n  api:\n    site: datadoghq.eu\n    key: …`).
  pattern: prefixedValue(
    [
      keyPrefix(String.raw`api[_.-]?key|apikey`),
      String.raw`api[ _-]?key\b[^\n\x60]{0,60}?(?:\bis|:)[ \t]{1,3}\x60?`,
      String.raw`\bapi:[ \t]*\r?\n(?:[ \t]+[\w-]{1,20}:[^\n]{0,80}\r?\n){0,3}[ \t]+key:[ \t]*["']?`,
    ],
    '[0-9a-f]{32}',
  ),
  secretGroup: 1,
  validate: (s, ctx) => minEntropy(s, 3) && /datadog|\bdd[ _-]?api|\bdd[_.-]|datadoghq/iu.test(textBefore(ctx.text, ctx.start, 300)),
  envName: 'DD_API_KEY',
  references: ['https://docs.datadoghq.com/account_management/api-app-keys/#api-keys'],
  examples: {
    positive: [
      `the DD api key for the synthetics job is \`${fake('{h32}', 572)}\` (rotate it)`,
      `DD_API_KEY=${fake('{h32}')}`,
      `curl -X POST "https://api.datadoghq.com/api/v2/series" -H "DD-API-KEY: ${fake('{h32}', 2)}" -d @metrics.json`,
      `datadog:\n  site: datadoghq.eu\n  apiKey: "${fake('{h32}', 3)}"`,
      `exporters:\n  datadog:\n    api:\n      site: datadoghq.eu\n      key: ${fake('{h32}', 5)}`,
      `class Settings(BaseSettings):\n    datadog_api_key: str = "${fake('{h32}', 101076)}"\n    datadog_site: str = "datadoghq.com"`,
    ],
    negative: [
      `DD_API_KEY=${fake('{h31}')}`,
      `DD_APP_KEY=${fake('{h40}')}`,
      'DD_API_KEY=<DATADOG_API_KEY>',
      `datadog api_key_id: ${fake('{h8}-{h4}-{h4}-{h4}-{h12}')}`,
      `STRIPE_API_KEY=${fake('{h32}', 4)}  # not datadog`,
      `exporters:\n  otlphttp:\n    api:\n      key: ${fake('{h32}', 6)}`,
    ],
  },
});
