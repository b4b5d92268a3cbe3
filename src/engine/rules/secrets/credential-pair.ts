import { native } from '../../scan/nativeRegex';
import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isLiteralSecretValue, isPaymentObjectId, isRandomToken } from './_generic';
import { lineStartWithin } from '../../scan/lines';

/** What a runbook says around a user/password pair. */
const LOGIN_CONTEXT =
  /log ?in|login|account|user|admin|credential|creds|break-?glass|passw|pwd|\bpw\b|wi-?fi|\bvpn\b|\bs?ftp\b|\bssh\b|c?panel|plesk|basic auth|portal|console|zugang|benutzer|anmeld|kennwort|compte|utilisateur|mot de passe|cuenta|usuario|contrase|gebruiker|inlog|wachtwoord|konto|accesso|utente|parol|senha|has[lł]o|passord|lösenord|salasana|пароль|логин|учётн|учетн|аккаунт|вайфа|비번|비밀번호|계정|パスワード|アカウント|ログイン|密码|账号|账户/iu;

/** A login that is the administrator's own. */
const ADMIN_USER = native(/^(?:admin|root|administrator|sa|superuser)$/iu);

/** A login that is an e-mail address or a service account's name says it is one. */
const LOGIN_SHAPED_USER = native(/@|^(?:svc|srv|sa|service)[_.-]/iu);

/** A constant's name in upper snake case (`TLS_AES_256_GCM_SHA384`): code's, not a password. */
const CONSTANT_NAME = native(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}$/u);

/** A version (`v1.1.0`, `2.4`). */
const VERSION = native(/^v?\d+(?:\.\d+){1,3}$/u);
/** A package at a version, as npm, pip and gems write one (`npm@v1.1.0`, `@scope/pkg@^2.2.5`). */
const PACKAGE_AT_VERSION = native(/^@?[\w.-]+(?:\/[\w.-]+)?@[v^~=]?\d+(?:\.\d+){1,3}(?:-[\w.]+)?$/u);

/** A URL or an IPv4 address (with a port) and blanks, right before a pair. */
const ADDRESS_BEFORE = native(/(?:https?:\/\/[^\s]{1,200}|(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?)[ \t]+$/u);

/**
 * Where a pair's context starts: the start of the third line before the pair's own (a chat
 * export puts a blank line and a line of sender and time between a question and its answer), at most 240
 * characters back. Searched within those 240 characters only: a text of one long line (minified,
 * or the ReDoS test's) would otherwise be read back to its start for every pair.
 */
function contextStart(text: string, index: number): number {
  const floor = Math.max(0, index - 240);
  let line = lineStartWithin(text, index, index - floor);
  for (let n = 0; n < 3 && line > floor; n++) line = lineStartWithin(text, line - 1, line - 1 - floor);
  return line;
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
  // (And a user in a code span with a bare password: "cPanel `shopuser` / <password>", and a list
  // aligned with blanks: "  app_owner      / <password>", "  app_ro@CBS  / <password>".)
  pattern:
    /`([A-Za-z0-9._@\\-]{2,64})`[ \t]{0,2}\/[ \t]{0,2}`([^`\s]{8,64})`|(?<![\w.@/*-])([A-Za-z][A-Za-z0-9._-]{1,31}(?:@[A-Za-z][\w-]{1,30}(?![\w.-]))?|[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24})[ \t]{1,16}\/ ([^\s/`'"，。；、）]{8,64})(?=[\s,;)，。；、）]|\.(?:\s|$)|$)|`([A-Za-z0-9._@\\-]{2,64})`[ \t]{0,2}\/[ \t]{1,2}([^\s/`'"，。；、）]{8,64})(?=[\s,;)，。；、）]|\.(?:\s|$)|$)|(?<![\w.@/*-])([A-Za-z][A-Za-z0-9._-]{1,31}|[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24})[ \t]{1,16}\/[ \t]{1,2}`([^`\s]{8,64})`/gu,
  secretGroup: [2, 4, 6, 8],
  validate: (s, ctx) => {
    if (!isLiteralSecretValue(s, true, 8)) return false;
    // (A payment platform's object ids side by side are no pair: `usr_8XkQ2 / cus_…, pi_… / pi_…`.)
    if (isPaymentObjectId(s.replace(/[,.;:]$/u, ''))) return false;
    const user = ctx.match[3];
    // (The user of a bare pair may be the login word itself: `admin / …`, `root / …`.)
    const adminUser = user !== undefined && ADMIN_USER.test(user);
    // (A bare user with a password in a code span: "Grafana: http://10.20.0.15:3000  admin / `…`".)
    const codeUser = ctx.match[7];
    if (user !== undefined) {
      // A bare pair: letters, a digit and a symbol such as ! @ # $ in the password (not a version
      // or a path: `on-prem / cloud-2024.v2`), or a random token; after an admin's name, letters
      // and digits (`Admin / Ricoh4471x`). The user is no conjunction.
      // Nor is the pair two addresses (`old@corp.io / new@corp.io`), nor a division in code (`totalMs / 1000).toFixed(2)`).
      // Nor a release note's tag and package specifier (`v1.1.0 / npm@v1.1.0`).
      // Nor a protocol and a constant's name (curl -v's `TLSv1.3 / TLS_AES_256_GCM_SHA384`, a cipher suite).
      if (VERSION.test(user) || PACKAGE_AT_VERSION.test(s) || CONSTANT_NAME.test(s)) return false;
      if (!/[A-Za-z]/u.test(s) || !/\d/u.test(s) || /^(?:https?|and|or|und|oder|y|o|et|ou)$/iu.test(user) || /@[\w-]+\.[A-Za-z]{2,}$/u.test(s) || /[\w)]\(|\)[.;,)]|\)$/u.test(s)) return false;
      if (!/[!@#$%^&*+=?~§€£]/u.test(s) && !isRandomToken(s, 12, 3.5) && !(adminUser && s.length >= 10 && !/^\d|\d{6}/u.test(s))) return false;
    } else if (!(hasCharClasses(s, 3) || isRandomToken(s, 12, 3.5))) return false;
    // (A bare password after a user in a code span needs a digit too: not `src` / ReadMeFirst.)
    if (ctx.match[6] !== undefined && !/\d/u.test(s)) return false;
    const anyUser = user ?? codeUser ?? ctx.match[1] ?? ctx.match[5] ?? '';
    if (adminUser || ADMIN_USER.test(anyUser) || LOGIN_SHAPED_USER.test(anyUser)) return true;
    const before = ctx.text.slice(contextStart(ctx.text, ctx.match.index), ctx.match.index);
    // A device's address right before the pair says it too (`UniFi …  https://10.44.0.9:8443  ops / …`).
    return native(LOGIN_CONTEXT).test(before) || ((user ?? codeUser) !== undefined && ADDRESS_BEFORE.test(before));
  },
  envName: 'PASSWORD',
  references: ['https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      `        "text": "admin / ${fake('{l6}', 629)}$${fake('{l6}', 630)}99 — only until SSO is back",`,
      `- VPN: the *shared* break-glass account is \`vpn-breakglass\` / \`${fake('{a11}', 625)}*${fake('{a7}', 626)}\` (ask in #it-help first).`,
      `- Staging admin UI (https://admin.staging.example.org): \`admin\` / \`${fake('{a5}', 627)}_${fake('{a5}', 628)}478!\`.`,
      `Printer 3F  http://10.20.8.21  Admin / Ricoh${fake('{d4}', 4124)}x`,
      `UniFi controller ....... https://10.44.0.9:8443  net-ops / ${fake('{a16}', 4125)}`,
      `[02.02.2024, 12:00] Dana: staging still the same? qa-lead@shop-demo.co.uk / ${fake('{a8}', 4310)}#${fake('{d2}', 4311)}`,
      `скиньте пароль от вайфая новый\n\nОлена, [15.03.2024 10:16]\nOfficeStaff / Office${fake('{d4}', 4312)}$`,
      `- \`svc-packer@vsphere.local\` / \`${fake('{a16}', 4313)}\` runs the template builds.`,
      `the gateway uses svc_report_gw / ${fake('{a4}', 4314)}+${fake('{a8}', 4315)}~ to bind the dataset`,
      `- cPanel \`shopadm\` / ${fake('{a6}', 4316)}#${fake('{a4}', 4317)}22`,
      `- Grafana: http://10.20.0.15:3000  admin / \`${fake('{a5}', 4322)}_${fake('{d4}', 4323)}*\``,
      `- Field portal: field.lead@relief.example / \`${fake('{a6}', 4324)}@${fake('{d4}', 4325)}$\``,
      `ERP 登录 http://10.20.0.16:8069 admin / ${fake('{a5}', 4326)}_${fake('{d4}', 4327)}#，测试用`,
      `DB accounts (prod):\n  app_owner      / ${fake('{a5}', 4318)}#${fake('{a5}', 4319)}61\n  app_ro@CORE  / 7${fake('{a6}', 4320)}!${fake('{a6}', 4321)}     <- reports`,
    ],
    negative: [
      // curl -v's line about the connection: a protocol and a cipher suite
      '* Connected to login.example.com port 443\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n* Server certificate:',
      // a chat's Stripe ids side by side
      'found him: usr_8XkQ2 / cus_R8d1mZq0fY3aLk, three PaymentIntents pi_3QKx4FAZ8c1x0bT4 / pi_3QKx4GAZ8c1x0bT4',
      // a changelog's release line: a tag and a package at its version
      '## 1.1.0 / 2015-07-19\n- Release v1.1.0 / npm@v1.1.0 (see the user guide)',
      'Use `GET` / `POST` for the endpoints.',
      'Local database: `postgres` / `postgres`.',
      'Switch between `main` / `release-2024.10` branches before the login step.',
      'The admin account moves from on-prem / cloud-2024.v2 next quarter.',
      'Router default (do not use): admin / admin',
      'Build matrix: node18 / Ubuntu2204 on every push',
      'Account moved: old.owner1@corp.io / new.owner2@corp.io since March',
      'Owners: ops-team@corp.io / release-2024 branch',
      '2. **LmCompatibilityLevel / NTLMv1** - old servers refuse NTLMv2 logins.',
      'console.log(`user sync: ${(elapsedMs / 1000).toFixed(2)} s`);',
      'Login page: `src` / ReadMeFirst for the layout.',
      'Pick main / `release-2024.10` before you tag.',
      'Ratio: total / `rowCount` in the report',
    ],
  },
});
