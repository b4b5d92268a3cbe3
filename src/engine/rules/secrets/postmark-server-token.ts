import { defineRule, fake } from '../defineRule';

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

// Postmark's server and account tokens are UUIDs, so only their context tells them apart: the
// X-Postmark-Server-Token / X-Postmark-Account-Token header, or a Postmark client built with one.
export default defineRule({
  id: 'postmark-server-token',
  category: 'secret',
  description: 'Postmark server or account API token (X-Postmark-Server-Token header, a Postmark client)',
  keywords: ['x-postmark-', 'postmark'],
  window: { before: 8, after: 200 },
  pattern: new RegExp(
    String.raw`(?:\bX-Postmark-(?:Server|Account)-Token["']?[ \t]*[:=,][ \t]*["']?|\b(?:postmark\.)?(?:ServerClient|AccountClient|PostmarkClient|Postmark::ApiClient\.new|Postmark::AccountApiClient\.new)\([ \t]*["'])(${UUID})(?![\w-])`,
    'giu',
  ),
  secretGroup: 1,
  // (A UUID, which the false-positive filters would take for an identifier: the context pins it.)
  skipFilters: true,
  validate: (s) => new Set(s.replace(/-/gu, '')).size >= 8,
  envName: 'POSTMARK_SERVER_TOKEN',
  references: ['https://postmarkapp.com/developer/api/overview#authentication'],
  examples: {
    positive: [
      `curl -H "X-Postmark-Server-Token: ${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 131)}" https://api.postmarkapp.com/email`,
      `const client = new postmark.ServerClient("${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 132)}");`,
    ],
    negative: [
      'curl -H "X-Postmark-Server-Token: POSTMARK_API_TEST" https://api.postmarkapp.com/email',
      'const client = new postmark.ServerClient(process.env.POSTMARK_TOKEN);',
      'X-Postmark-Server-Token: 00000000-0000-0000-0000-000000000000',
    ],
  },
});
