import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A `user:password` pair kept under a basic-auth key: an environment file's
// `ADMIN_BASIC_AUTH=backoffice:…`, a compose file's `BASIC_AUTH_CREDENTIALS: "ops:…"`, a YAML
// `basic_auth: "user:…"`. The password after the colon is the secret (the user name is not).
export default defineRule({
  id: 'basic-auth-pair-value',
  category: 'secret',
  description: 'Password of a user:password pair under a basic-auth key (ADMIN_BASIC_AUTH=user:…)',
  generic: true,
  keywords: ['basic_auth', 'basicauth', 'basic-auth'],
  window: { before: 60, after: 200 },
  pattern: /(?<![\w-])[A-Za-z0-9_.-]{0,40}basic[_-]?auth[A-Za-z0-9_.-]{0,24}["']?[ \t]*[=:][ \t]*["']?([\w.@+-]{1,64}):([^\s"':@]{6,128})["']?(?=[\s,;]|$)/giu,
  secretGroup: 2,
  validate: (s, ctx) => isLiteralSecretValue(s, true, 6) && !/^\$|^\{|^<|^x+$/iu.test(s) && (ctx.match[1] ?? '').length > 0,
  envName: 'BASIC_AUTH_PASSWORD',
  references: ['https://datatracker.ietf.org/doc/html/rfc7617'],
  examples: {
    positive: [
      `INTERNAL_ADMIN_BASIC_AUTH=backoffice:${fake('{a8}.{a4}.{a6}', 101655)}`,
      `      BASIC_AUTH_CREDENTIALS: "ops:${fake('{a14}', 101656)}"`,
    ],
    negative: ['ADMIN_BASIC_AUTH=backoffice:${ADMIN_PASSWORD}', 'BASIC_AUTH_ENABLED=true', 'basic_auth: "user:<password>"', 'ADMIN_BASIC_AUTH=admin:xxxxxxxx'],
  },
});
