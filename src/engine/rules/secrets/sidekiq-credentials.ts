import { defineRule, fake } from '../defineRule';

// Sidekiq Pro's and Enterprise's gem-server credentials: Bundler reads them from
// `BUNDLE_GEMS__CONTRIBSYS__COM` or `BUNDLE_ENTERPRISE__CONTRIBSYS__COM` (or `bundle config
// gems.contribsys.com user:pass`), or a Gemfile's source URL carries them
// (`https://user:pass@gems.contribsys.com/`). Both halves are eight hex digits; the pair is the
// licence, which anyone can use to download the commercial gems.
export default defineRule({
  id: 'sidekiq-credentials',
  category: 'secret',
  description: 'Sidekiq Pro / Enterprise gem server credentials (BUNDLE_GEMS__CONTRIBSYS__COM, gems.contribsys.com URL)',
  keywords: ['contribsys'],
  window: { before: 80, after: 120 },
  pattern:
    /(?:BUNDLE_(?:GEMS|ENTERPRISE)__CONTRIBSYS__COM["']?[ \t]{0,3}[:=][ \t]{0,3}["']?|(?:gems|enterprise)\.contribsys\.com[ \t]{1,3})([0-9a-f]{8}:[0-9a-f]{8})(?![\w:])|https?:\/\/([0-9a-f]{8}:[0-9a-f]{8})@(?:gems|enterprise)\.contribsys\.com\b/gu,
  secretGroup: [1, 2],
  // (Not a run of one digit: `00000000:00000000` in a template.)
  validate: (s) => !/^(.)\1{7}:/u.test(s),
  envName: 'BUNDLE_GEMS__CONTRIBSYS__COM',
  references: ['https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro', 'https://bundler.io/v2.5/man/bundle-config.1.html'],
  examples: {
    positive: [
      `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${fake('{h8}', 4330)}:${fake('{h8}', 4331)}`,
      `      BUNDLE_GEMS__CONTRIBSYS__COM: ${fake('{h8}', 4332)}:${fake('{h8}', 4333)}`,
      `bundle config --local gems.contribsys.com ${fake('{h8}', 4334)}:${fake('{h8}', 4335)}`,
      `source "https://${fake('{h8}', 4336)}:${fake('{h8}', 4337)}@gems.contribsys.com/" do`,
    ],
    negative: [
      'BUNDLE_GEMS__CONTRIBSYS__COM=${{ secrets.SIDEKIQ_PRO_CREDENTIALS }}',
      'source "https://gems.contribsys.com/" do\n  gem "sidekiq-pro"\nend',
      'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=00000000:00000000',
    ],
  },
});
