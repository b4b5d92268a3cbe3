import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'okta-session-id',
  category: 'secret',
  description: "Okta session id (102… in a System Log's externalSessionId or rootSessionId, the value of the sid cookie)",
  keywords: ['sessionid'],
  // Okta's session ids are 102 + 22 alphanumerics; the System Log repeats them under
  // authenticationContext.externalSessionId and rootSessionId, and the same value is the
  // browser's sid cookie, so a leaked log lets its reader ride the session until it ends.
  pattern: /\b(?:external|root)SessionId\\?"?[ \t]{0,3}[:=][ \t]{0,3}\\?"?(10[0-9][A-Za-z0-9]{22})(?![\w-])/giu,
  secretGroup: 1,
  validate: (s) => hasCharClasses(s.slice(3), 2) && looksRandom(s.slice(3), 3.2),
  publicPrefix: 3,
  references: ['https://developer.okta.com/docs/reference/api/system-log/#authenticationcontext-object'],
  examples: {
    positive: [
      `"authenticationContext": {"rootSessionId": "102${fake('{a22}', 201)}", "externalSessionId": "102${fake('{a22}', 202)}"}`,
      `externalSessionId=102${fake('{a22}', 203)} outcome=SUCCESS`,
    ],
    negative: [
      '"externalSessionId": "unknown"',
      `"externalSessionId": "trs${fake('{a22}', 204)}"`,
      '"externalSessionId": "102aaaaaaaaaaaaaaaaaaaaaa"',
      `"sessionId": "102${fake('{a22}', 205)}"`,
    ],
  },
});
