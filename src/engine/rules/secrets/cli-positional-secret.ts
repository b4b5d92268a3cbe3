import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue, isRandomToken } from './_generic';

/** A setting's name in environment style that says it holds a credential: `DATABASE_PASSWORD`, `PLAID_SECRET`, `JWT_SIGNING_KEY`. */
const SECRET_NAME = /(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|_KEY|HMAC|CREDENTIALS?|PRIVATE_KEY)(?:_\d)?$/u;
/** Names that say the value is public or only names one (`STRIPE_PUBLISHABLE_KEY`, `KEY_ID`). */
const PUBLIC_NAME = /PUBLISHABLE|PUBLIC|_PUB_|SITE_KEY|_ID$|_URL$/u;

// A secret given as a positional argument after its name, one command a line: a secret manager's
// CLI (`doppler secrets set STRIPE_KEY '…'`, `netlify env:set API_TOKEN "…"`) or a rotation script's
// own helper around one (`put portal/prod/PLAID_SECRET '…'`, the helper calling `aws ssm
// put-parameter` with its arguments). The name, in environment style and maybe after a path, says
// it is a credential; the value, quoted and ending the line, must look random.
export default defineRule({
  id: 'cli-positional-secret',
  category: 'secret',
  description: "Secret given on a command line right after its name (doppler secrets set NAME '…', a rotation script's put path/NAME '…')",
  generic: true,
  keywords: ['password ', 'passwd ', 'secret ', 'token ', 'key ', 'hmac ', 'credential ', 'credentials ', 'passphrase '],
  window: { before: 120, after: 320 },
  // (The name's last word, then the quoted value: code's `key ` and `token ` in prose open no window.)
  keywordFollowedBy: /[ \t]*["']/uy,
  pattern: /(?:^|\n)[ \t]*(?:[a-z][\w.:-]{0,30}[ \t]+){1,3}(?:[\w.-]{1,40}\/){0,6}([A-Z][A-Z0-9_]{2,80})[ \t]+(["'])([^"'\s]{8,300})\2[ \t]*(?=\r?\n|$)/gu,
  secretGroup: 3,
  validate: (s, ctx) => {
    const name = ctx.match[1] ?? '';
    return SECRET_NAME.test(name) && !PUBLIC_NAME.test(name) && isLiteralSecretValue(s, true, 8) && isRandomToken(s, 12, 3);
  },
  envName: 'SECRET_VALUE',
  references: ['https://docs.doppler.com/docs/cli', 'https://cli.netlify.com/commands/env/'],
  examples: {
    positive: [
      `doppler secrets set STRIPE_SECRET_KEY '${fake('{a32}', 101944)}'`,
      `#!/usr/bin/env bash\nput() { aws ssm put-parameter --overwrite --type SecureString --name "/acme/$1" --value "$2"; }\nput portal/prod/PLAID_SECRET '${fake('{h30}', 101945)}'\nput portal/prod/DATABASE_PASSWORD '${fake('{a24}', 101946)}'\n`,
      `netlify env:set WEBHOOK_HMAC "${fake('{b43}', 101947)}="`,
    ],
    negative: [
      // a publishable key, an id, a value from the environment, a word
      `doppler secrets set STRIPE_PUBLISHABLE_KEY 'pk_live_${fake('{a24}', 101948)}'`,
      `put portal/prod/PLAID_CLIENT_ID '${fake('{h24}', 101949)}'`,
      `put portal/prod/DATABASE_PASSWORD "$DB_PASSWORD"`,
      `netlify env:set API_TOKEN 'replace-me-later'`,
    ],
  },
});
