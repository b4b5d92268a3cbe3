import { defineRule, fake, minEntropy } from '../defineRule';
import { UUID_SOURCE } from './_generic';

// Splunk's HTTP Event Collector authenticates with a token that is a UUID, sent as
// `Authorization: Splunk <token>`. In Splunk's own configuration it is the `token =` of an
// `[http://name]` stanza in inputs.conf, or the `param.token` of a saved search's HTTP event
// action (savedsearches.conf, alert_actions.conf). UUIDs are otherwise dropped as identifiers; the
// header's scheme word or Splunk's own key names say credential here. Environment names such as
// `SPLUNK_HEC_TOKEN=` are uuid-credential's.
export default defineRule({
  id: 'splunk-hec-token',
  category: 'secret',
  acceptsUuid: true,
  description: "Splunk HTTP Event Collector token (Authorization: Splunk <token>, inputs.conf / savedsearches.conf token)",
  keywords: ['splunk ', 'param.token', '[http://'],
  hints: ['[http://'],
  pattern: new RegExp(
    String.raw`\bSplunk[ \t]+(${UUID_SOURCE})(?![\w-])` +
      String.raw`|(?:^|\n)[ \t]*(?:[\w.]{0,80}\.param\.token|token)[ \t]*=[ \t]*(${UUID_SOURCE})[ \t]*(?=\r?\n|$)`,
    'gu',
  ),
  secretGroup: [1, 2],
  validate: (value, ctx) => {
    const hex = value.replace(/-/gu, '');
    if (!minEntropy(hex, 3) || /^0+$|^f+$/iu.test(hex)) return false;
    // The header form needs the scheme in an Authorization header (curl -H, a client's header map).
    if (ctx.match[1] !== undefined) return /authorization["']?[ \t]*[:=,][ \t]*["']?$/iu.test(ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start).replace(/Splunk[ \t]+$/u, ''));
    // A bare `token =` line only inside a Splunk HEC input stanza's file.
    return /param\.token/u.test(ctx.match[0]) || ctx.hasHint('[http://');
  },
  skipFilters: true,
  envName: 'SPLUNK_HEC_TOKEN',
  references: [
    'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector',
    'https://docs.splunk.com/Documentation/Splunk/latest/Admin/Inputsconf',
  ],
  examples: {
    positive: [
      `curl -k https://hec.internal:8088/services/collector/event -H "Authorization: Splunk ${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101122)}" -d '{"event": "hello"}'`,
      `[http://k8s-logs]\ndisabled = 0\nindex = k8s\ntoken = ${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 101123)}\n`,
      `action.http_event = 1\naction.http_event.param.token = ${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 101124)}\n`,
      `  headers: { Authorization: 'Splunk ${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 101125)}' },`,
    ],
    negative: [
      `token = ${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101126)}\n`,
      `Splunk search id ${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101127)}`,
      'curl -H "Authorization: Splunk $SPLUNK_HEC_TOKEN" https://hec.internal:8088/services/collector',
      '[http://k8s-logs]\ntoken = 00000000-0000-0000-0000-000000000000\n',
    ],
  },
});
