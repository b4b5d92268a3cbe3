import { defineRule, fake } from '../defineRule';

// A Netlify build hook: `https://api.netlify.com/build_hooks/<24 hex digits>`. Anyone who holds the
// URL can trigger the site's builds and deploys (a flood of them costs build minutes): the hook's id is
// the secret part, as with a Slack or a Zapier webhook.
export default defineRule({
  id: 'netlify-build-hook-url',
  category: 'secret',
  description: "Netlify build hook URL; the hook's id is the secret",
  keywords: ['api.netlify.com/build_hooks'],
  pattern: /https:\/\/api\.netlify\.com\/build_hooks\/([0-9a-f]{24})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => /[a-f]/u.test(s) && /\d/u.test(s),
  envName: 'NETLIFY_BUILD_HOOK',
  references: ['https://docs.netlify.com/configure-builds/build-hooks/'],
  examples: {
    positive: [
      `curl -X POST -d {} https://api.netlify.com/build_hooks/${fake('{h24}', 101642)}`,
      `NETLIFY_BUILD_HOOK=https://api.netlify.com/build_hooks/${fake('{h24}', 101643)}?trigger_title=cms`,
    ],
    negative: ['curl -X POST -d {} https://api.netlify.com/build_hooks/<hook-id>', 'https://api.netlify.com/build_hooks/000000000000000000000000', `https://api.netlify.com/api/v1/sites/${fake('{h24}', 101644)}`],
  },
});
