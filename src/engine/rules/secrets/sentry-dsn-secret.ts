import { defineRule, fake } from '../defineRule';
import { looksRandom, SENTRY_DSN_PROJECT, SENTRY_DSN_SCHEME } from './_providerKit';

export default defineRule({
  id: 'sentry-dsn-secret',
  category: 'secret',
  description: 'Secret key inside a legacy Sentry DSN (https://<public>:<secret>@host/<project>)',
  keywords: ['http'],
  // (The match starts at its keyword, the scheme, and is at most ~560 characters long.)
  window: { before: 0, after: 600 },
  // scheme :// 32-hex public key : 32-hex secret key (group 1) @ host [:port] / [path/] numeric project id.
  // (A DSN without the ":secret" part is sentry-dsn's, reported at warning.)
  pattern: new RegExp(String.raw`${SENTRY_DSN_SCHEME}[a-f0-9]{32}:([a-f0-9]{32})@[\w.-]{1,253}${SENTRY_DSN_PROJECT}`, 'gu'),
  secretGroup: 1,
  validate: (s) => looksRandom(s, 3),
  envName: 'SENTRY_DSN',
  references: ['https://docs.sentry.io/concepts/key-terms/dsn-explainer/'],
  examples: {
    positive: [
      `SENTRY_DSN=https://${fake('{h32}')}:${fake('{h32}', 5)}@o123456.ingest.sentry.io/4504000000000000`,
      `raven.config('https://${fake('{h32}', 6)}:${fake('{h32}', 7)}@sentry.acme.internal/42').install();`,
      `SENTRY_DSN = https:/$()/${fake('{h32}', 8)}:${fake('{h32}', 9)}@o412877.ingest.sentry.io/5539102`,
    ],
    negative: [
      `SENTRY_DSN=https://${fake('{h32}')}:${fake('{h31}', 5)}@sentry.io/42`,
      'SENTRY_DSN=https://<public_key>:<secret_key>@sentry.io/<project_id>',
    ],
  },
});
