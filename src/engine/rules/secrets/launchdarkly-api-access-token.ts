import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isNear } from './_providerKit';

const LD_CONTEXT = native(/launch[_-]?darkly|\bLD_[A-Z_]{0,20}(?:KEY|TOKEN)|ldclient|app\.launchdarkly\.com/iu);

export default defineRule({
  id: 'launchdarkly-api-access-token',
  category: 'secret',
  description: 'LaunchDarkly API access token (api-<uuid>) near a mention of LaunchDarkly',
  keywords: ['launchdarkly', 'launch_darkly', 'ld_', 'ldclient'],
  // api- + UUID; the shape is generic, so LaunchDarkly must be named close by
  pattern: /(?<![\w]|(?<!:)-)api-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/gu,
  validate: (s, ctx) => isNear(ctx, LD_CONTEXT, 200, 100) && !/(.)\1{7}/u.test(s.replace(/-/gu, '')),
  publicPrefix: 4,
  envName: 'LAUNCHDARKLY_ACCESS_TOKEN',
  references: ['https://docs.launchdarkly.com/home/account/api'],
  examples: {
    positive: [
      `LAUNCHDARKLY_ACCESS_TOKEN=${fake('api-{h8}-{h4}-{h4}-{h4}-{h12}')}`,
      `curl -H "Authorization: ${fake('api-{h8}-{h4}-{h4}-{h4}-{h12}', 2)}" https://app.launchdarkly.com/api/v2/projects`,
    ],
    negative: [
      `REQUEST_ID=${fake('api-{h8}-{h4}-{h4}-{h4}-{h12}')}`,
      `LAUNCHDARKLY_SDK_KEY=${fake('sdk-{h8}-{h4}-{h4}-{h4}-{h12}')}`,
      'LAUNCHDARKLY_ACCESS_TOKEN=api-00000000-0000-0000-0000-000000000000',
    ],
  },
});
