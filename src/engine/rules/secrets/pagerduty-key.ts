import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// PagerDuty's two credentials, under a PagerDuty key name: an Events API routing (integration) key, 32
// hex characters, which lets anyone open incidents; and a REST API key, 20 characters of letters,
// digits, `+`, `-` and `_` (`PAGERDUTY_API_KEY=`, a Go config's `PagerDutyAPI: "…"`), or in prose after
// the word key (`the PagerDuty routing in that workflow uses key …`); and an integration key in the
// URL of the Events API's integration endpoint (`events.pagerduty.com/integration/<key>/enqueue`).
export default defineRule({
  id: 'pagerduty-key',
  category: 'secret',
  description: 'PagerDuty Events API routing key (32 hex) or REST API key (20 characters) under a PagerDuty key name',
  keywords: ['pagerduty', 'pager_duty', 'pager-duty'],
  window: { before: 8, after: 120 },
  pattern: /\bpager[_-]?duty(?:\.com\/integration\/(?=[0-9a-f]{32}\/enqueue)|[\w.-]{0,24}?["']?[ \t]*[:=][ \t]*["']?|\b[^\n"=:]{0,60}?\b(?:key|token)[ \t]+(?:is[ \t]+)?["'\x60]?)([0-9a-f]{32}|[A-Za-z0-9_+-]{20})(?![\w+-])/giu,
  secretGroup: 1,
  validate: (s, ctx) => {
    // The key names a credential (`…_routing_key`, `…Api`, `…_token`), not a service's name or id.
    if (!/key|token|api|routing|integration|secret/iu.test(ctx.match[0].slice(0, ctx.match[0].length - s.length))) return false;
    return s.length === 32 ? /^[0-9a-f]+$/u.test(s) && looksRandom(s, 3.2) : hasCharClasses(s, 2) && /[\d+_-]/u.test(s) && looksRandom(s, 3.5);
  },
  envName: 'PAGERDUTY_API_KEY',
  references: ['https://support.pagerduty.com/main/docs/api-access-keys', 'https://developer.pagerduty.com/docs/events-api-v2/overview/'],
  examples: {
    positive: [
      `\tPagerDutyRouting: "${fake('{h32}', 101285)}",`,
      `PAGERDUTY_API_KEY=${fake('{a8}', 101286)}+${fake('{a11}', 101287)}`,
      `Also the PagerDuty routing in the same workflow uses key ${fake('{a8}', 101324)}+${fake('{a11}', 101325)} and it pages fine.`,
      `  endpoint  = "https://events.pagerduty.com/integration/${fake('{h32}', 101406)}/enqueue"`,
    ],
    negative: ['PAGERDUTY_SERVICE_ID=PXXXXXX', 'https://events.pagerduty.com/integration/<integration-key>/enqueue', 'pagerduty_service_name: "Payments-Platform-Ops"', 'pagerduty_routing_key: ${PD_ROUTING_KEY}', `pagerduty_escalation_policy: ${fake('{u7}', 101288)}`],
  },
});
