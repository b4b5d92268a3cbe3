import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isNear } from './_providerKit';

const LD_CONTEXT = native(/launch[_-]?darkly|\bLD_[A-Z_]{0,20}(?:KEY|TOKEN)|ldclient|\bld\.init|sdk\.launchdarkly\.com/iu);

export default defineRule({
  id: 'launchdarkly-sdk-key',
  category: 'secret',
  description: 'LaunchDarkly server-side SDK key (sdk-<uuid>) near a mention of LaunchDarkly',
  keywords: ['launchdarkly', 'launch_darkly', 'ld_', 'ldclient', 'ld.init'],
  // sdk- + UUID; the shape is generic, so LaunchDarkly must be named close by.
  // NOTE: mobile keys (mob-…) and client-side IDs ship in apps and are not reported.
  pattern: /(?<![\w]|(?<!:)-)sdk-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/gu,
  validate: (s, ctx) => isNear(ctx, LD_CONTEXT, 200, 100) && !/(.)\1{7}/u.test(s.replace(/-/gu, '')),
  publicPrefix: 4,
  envName: 'LAUNCHDARKLY_SDK_KEY',
  references: ['https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys'],
  examples: {
    positive: [
      `LAUNCHDARKLY_SDK_KEY=${fake('sdk-{h8}-{h4}-{h4}-{h4}-{h12}')}`,
      `ld_client = ldclient.set_config(Config("${fake('sdk-{h8}-{h4}-{h4}-{h4}-{h12}', 2)}"))`,
    ],
    negative: [
      `SDK_VERSION_ID=${fake('sdk-{h8}-{h4}-{h4}-{h4}-{h12}')}`,
      `LAUNCHDARKLY_MOBILE_KEY=${fake('mob-{h8}-{h4}-{h4}-{h4}-{h12}')}`,
      'LAUNCHDARKLY_SDK_KEY=sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    ],
  },
});
