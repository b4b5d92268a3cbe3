import { defineRule, fake, minEntropy } from '../defineRule';
import { keyPrefix, prefixedValue, textBefore } from './_keyedValue';

export default defineRule({
  id: 'datadog-app-key',
  category: 'secret',
  description: 'Datadog application key (40 hex) next to an application key name with Datadog in context (DD_APP_KEY, DD-APPLICATION-KEY)',
  keywords: ['datadog', 'dd_app', 'dd-app', 'dd app', 'ddapp'],
  // 40 lower-case hex after an application key name; DD_/Datadog must appear in the name or just before it
  // Or in a sentence: "the Datadog app key for the dashboard exporter is …".
  pattern: prefixedValue([keyPrefix(String.raw`app(?:lication)?[_.-]?key`), String.raw`app(?:lication)?[ _-]?key\b[^\n\x60]{0,60}?(?:\bis|:)[ \t]{1,3}\x60?`], '[0-9a-f]{40}'),
  secretGroup: 1,
  validate: (s, ctx) => minEntropy(s, 3) && /datadog|\bdd[ _-]?app|\bdd[_.-]|datadoghq/iu.test(textBefore(ctx.text, ctx.start, 300)),
  envName: 'DD_APP_KEY',
  references: ['https://docs.datadoghq.com/account_management/api-app-keys/#application-keys'],
  examples: {
    positive: [
      `the Datadog app key for the dashboard exporter is ${fake('{h40}', 573)} (read-only scope)`,
      `DD_APP_KEY=${fake('{h40}')}`,
      `datadog_app_key    = "${fake('{h40}', 4)}"`,
      `curl "https://api.datadoghq.com/api/v1/monitor" -H "DD-API-KEY: \${DD_API_KEY}" -H "DD-APPLICATION-KEY: ${fake('{h40}', 2)}"`,
      `provider "datadog" {\n  api_key = var.datadog_api_key\n  app_key = "${fake('{h40}', 3)}"\n}`,
    ],
    negative: [
      `DD_APP_KEY=${fake('{h39}')}`,
      `DD_API_KEY=${fake('{h32}')}`,
      'DD_APP_KEY=${DATADOG_APP_KEY}',
      `ALGOLIA_APP_KEY=${fake('{h40}', 4)}`,
    ],
  },
});
