import { defineRule, fake, minEntropy } from '../defineRule';

// A Backtrace (crash reporting) submission token, in its submission URL: `https://submit.backtrace.io/
// <universe>/<token>/json`, `https://<universe>.sp.backtrace.io:6098/post?token=<token>`, or Unreal's
// `https://unreal.backtrace.io/post/<universe>/<token>`: 64 hex characters that let anyone post crashes
// into the project.
export default defineRule({
  id: 'backtrace-submission-token',
  category: 'secret',
  description: 'Backtrace crash-reporting submission token (64 hex, in a backtrace.io submission URL)',
  keywords: ['backtrace.io'],
  window: { before: 16, after: 200 },
  pattern: /backtrace\.io(?::\d{2,5})?\/(?:post\/)?(?:[\w-]{1,64}\/)?(?:post\?(?:[\w-]+=[\w-]*&)*token=)?([0-9a-f]{64})(?![0-9a-fA-F])/gu,
  secretGroup: 1,
  validate: (s) => minEntropy(s, 3),
  envName: 'BACKTRACE_TOKEN',
  references: ['https://docs.saucelabs.com/error-reporting/platform-integrations/unreal/setup/'],
  examples: {
    positive: [
      `DataRouterUrl="https://unreal.backtrace.io/post/kettlebird/${fake('{h64}', 979)}"`,
      `BACKTRACE_URL=https://submit.backtrace.io/acme/${fake('{h64}', 980)}/json`,
    ],
    negative: ['https://submit.backtrace.io/acme/0000000000000000000000000000000000000000000000000000000000000000/json', 'see https://docs.backtrace.io/'],
  },
});
