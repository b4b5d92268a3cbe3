import { defineRule, fake, minEntropy } from '../defineRule';
import { keyPrefix, prefixedValue, textBefore } from './_keyedValue';
import { withSignatureBranch } from './_providerKit';

export default defineRule({
  id: 'new-relic-license-key',
  category: 'secret',
  description: 'New Relic ingest license key (40 characters ending NRAL, or a 40-hex legacy key next to a New Relic license key name)',
  keywords: ['nral', 'new_relic', 'newrelic', 'new relic', 'new-relic', 'nr_license'],
  // 36 lower-case alphanumerics (hex; EU keys start eu01xx) + NRAL; or, after a license key name
  // with New Relic in context, 40 lower-case hex
  pattern: withSignatureBranch(prefixedValue([keyPrefix(String.raw`license[_.-]?key|licenseKey`)], '[a-z0-9]{36}NRAL|[0-9a-f]{40}'), {
    signature: 'NRAL',
    offset: 36,
    chars: 'a-z0-9',
    value: '[a-z0-9]{36}NRAL',
    after: String.raw`(?![\w-])`,
    notAfter: String.raw`\w-`,
  }),
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    if (/NRAL$/u.test(s)) return minEntropy(s.slice(0, 36), 3);
    return minEntropy(s, 3) && /new[ _.-]?relic|\bnr[_.-]|newrelic/iu.test(textBefore(ctx.text, ctx.start, 300));
  },
  envName: 'NEW_RELIC_LICENSE_KEY',
  references: ['https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key'],
  examples: {
    positive: [
      `NEW_RELIC_LICENSE_KEY=${fake('{h36}NRAL')}`,
      `newrelic:\n  app_name: checkout\n  license_key: ${fake('{h40}', 2)}`,
      `license_key: 'eu01xx${fake('{h30}NRAL', 3)}'`,
    ],
    negative: [
      `NEW_RELIC_LICENSE_KEY=${fake('{h35}NRAL')}`,
      `NEW_RELIC_LICENSE_KEY=${fake('{h36}NRAK')}`,
      `license_key: ${fake('{h40}', 4)}  # some other product`,
      'NEW_RELIC_LICENSE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNRAL',
      `NEW_RELIC_API_KEY=${fake('NRAK-{u27}')}`,
    ],
  },
});
