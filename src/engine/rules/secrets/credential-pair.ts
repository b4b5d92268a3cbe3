import { native } from '../../scan/nativeRegex';
import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isLiteralSecretValue, isRandomToken } from './_generic';
import { lineStartWithin } from '../../scan/lines';

/** What a runbook says around a user/password pair. */
const LOGIN_CONTEXT = /log ?in|login|account|user|admin|credential|break-?glass|zugang|benutzer|anmeld|compte|utilisateur|cuenta|usuario|gebruiker|inlog|konto|accesso|utente/iu;

/**
 * Where a pair's context starts: the start of the line before the pair's own, at most 240
 * characters back. Searched within those 240 characters only: a text of one long line (minified,
 * or the ReDoS test's) would otherwise be read back to its start for every pair.
 */
function contextStart(text: string, index: number): number {
  const floor = Math.max(0, index - 240);
  const line = lineStartWithin(text, index, index - floor);
  return line === floor ? floor : lineStartWithin(text, line - 1, line - 1 - floor);
}

// A user name and its password written as a pair of code spans, as runbooks and onboarding notes
// write them: "the shared break-glass account is `vpn-breakglass` / `MKKKWah…`", "Staging admin UI:
// `admin` / `…`". The password is group 2; it must look like one (three kinds of characters, or
// random), and the line must speak of a login or an account.
export default defineRule({
  id: 'credential-pair',
  category: 'secret',
  description: 'User name and password written as a pair of code spans (`user` / `password`) in notes and runbooks',
  generic: true,
  keywords: ['` / `', '`/`', ' / '],
  window: { before: 70, after: 70 },
  // (Also without code spans in a chat: "admin / <password> — only until SSO is back". The bare
  // pair asks for a password with a digit and a symbol, and a login word on its line.)
  pattern: /`([A-Za-z0-9._@\\-]{2,64})`[ \t]{0,2}\/[ \t]{0,2}`([^`\s]{8,64})`|(?<![\w.@/-])([a-z][a-z0-9._-]{1,31}) \/ ([^\s/`'"]{8,64})(?=[\s,;)]|\.(?:\s|$)|$)/gu,
  secretGroup: [2, 4],
  validate: (s, ctx) => {
    if (!isLiteralSecretValue(s, true, 8)) return false;
    if (ctx.match[4] !== undefined) {
      // A bare pair: letters, a digit and a symbol such as ! @ # $ in the password (not a version
      // or a path: `on-prem / cloud-2024.v2`); the user no conjunction.
      if (!/[A-Za-z]/u.test(s) || !/\d/u.test(s) || !/[!@#$%^&*+=?~§€£]/u.test(s) || /^(?:https?|and|or|und|oder|y|o|et|ou)$/u.test(ctx.match[3] as string)) return false;
    } else if (!(hasCharClasses(s, 3) || isRandomToken(s, 12, 3.5))) return false;
    // (The user of a bare pair may be the login word itself: `admin / …`, `root / …`.)
    if (ctx.match[3] !== undefined && /^(?:admin|root|administrator|sa|superuser)$/u.test(ctx.match[3])) return true;
    return native(LOGIN_CONTEXT).test(ctx.text.slice(contextStart(ctx.text, ctx.match.index), ctx.match.index));
  },
  envName: 'PASSWORD',
  references: ['https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      `        "text": "admin / ${fake('{l6}', 629)}$${fake('{l6}', 630)}99 — only until SSO is back",`,
      `- VPN: the *shared* break-glass account is \`vpn-breakglass\` / \`${fake('{a11}', 625)}*${fake('{a7}', 626)}\` (ask in #it-help first).`,
      `- Staging admin UI (https://admin.staging.example.org): \`admin\` / \`${fake('{a5}', 627)}_${fake('{a5}', 628)}478!\`.`,
    ],
    negative: [
      'Use `GET` / `POST` for the endpoints.',
      'Local database: `postgres` / `postgres`.',
      'Switch between `main` / `release-2024.10` branches before the login step.',
      'The admin account moves from on-prem / cloud-2024.v2 next quarter.',
    ],
  },
});
