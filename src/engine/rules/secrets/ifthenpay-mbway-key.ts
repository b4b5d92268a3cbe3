import { defineRule, fake } from '../defineRule';

// An ifthenpay MB WAY key: three capital letters, a dash and six digits (`ABC-123456`), which the
// Portuguese gateway issues per merchant account. With it, a caller starts MB WAY payment requests
// to any phone in the merchant's name and reads their state (`/spg/payment/mbway?mbWayKey=…`). The
// shape is short and common, so it counts only under its own name: an env var, a config key or the
// API's query parameter.
export default defineRule({
  id: 'ifthenpay-mbway-key',
  category: 'secret',
  description: "ifthenpay MB WAY key (ABC-123456) under its name or in the API's mbWayKey parameter",
  keywords: ['mbway', 'mb_way', 'mb-way'],
  window: { before: 24, after: 60 },
  pattern: /(?<![\w-])(?:mb[_-]?way[_-]?key|MB[_-]?WAY[_-]?KEY|mbWayKey|MbWayKey|ifthenpay[_-]?mbway[_-]?key|IFTHENPAY[_-]?MBWAY[_-]?KEY)["']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}["']?([A-Z]{3}-\d{6})(?![\w-])/gu,
  secretGroup: 1,
  // (Not a run or a row of one digit: `ABC-000000`, `XXX-123456` in a guide.)
  validate: (s) => !/^XXX|^ABC-123456$|-(\d)\1{5}$/u.test(s),
  envName: 'IFTHENPAY_MBWAY_KEY',
  references: ['https://ifthenpay.com/docs/en/api/mbway/', 'https://helpdesk.ifthenpay.com/en/support/solutions/articles/79000086376-mb-way-api'],
  examples: {
    positive: [
      `IFTHENPAY_MBWAY_KEY=${fake('{A3}-{d6}', 102051)}`,
      `curl -s "https://api.ifthenpay.com/spg/payment/mbway?mbWayKey=${fake('{A3}-{d6}', 102052)}&orderId=1&amount=0.01" | jq`,
      `'mbway_key' => '${fake('{A3}-{d6}', 102053)}',`,
    ],
    negative: ['IFTHENPAY_MBWAY_KEY=XXX-000000', 'mbWayKey: ABC-123456 # from the docs', `order ${fake('{A3}-{d6}', 102054)} paid by MB WAY`],
  },
});
