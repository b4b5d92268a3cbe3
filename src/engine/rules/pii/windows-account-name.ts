import type { MatchContext } from '../../types';
import { defineRule } from '../defineRule';
import { isPersonalHandle, isServiceAccount, spellsPersonLogin } from './_handles';

/** Where Windows writes an account as DOMAIN\user: an IIS log's cs-username field, whoami, runas, a security event's fields. */
const CONTEXT_KEYWORDS = ['cs-username', 'whoami', 'runas', 'account name:', 'user name:', 'logged on user', 'logon account'];

/** The match is a row of an IIS (W3C extended) log whose #Fields header names cs-username. */
function isIisUserField(ctx: MatchContext): boolean {
  const header = ctx.text.lastIndexOf('#Fields:', ctx.start);
  if (header === -1) return false;
  const end = ctx.text.indexOf('\n', header);
  return ctx.text.slice(header, end === -1 ? undefined : end).includes(' cs-username');
}

// A person's Windows account written DOMAIN\user, as IIS logs (cs-username), whoami, runas and
// security events write it: `HFK\jweiss`, `CONTOSO\m.keller`. The domain is upper case (not a
// drive letter, not a registry hive's path); the user must read as a person's login (an initial
// and a surname, first.last, or a name near it), not a service account's (`NT AUTHORITY\SYSTEM`,
// `IIS APPPOOL\DefaultAppPool`, `svc_backup`).
export default defineRule({
  id: 'windows-account-name',
  category: 'pii',
  description: "A person's Windows account (DOMAIN\\user) in an IIS log, whoami or runas output, or a security event",
  severity: 'info',
  keywords: CONTEXT_KEYWORDS,
  window: { before: 40, after: 200 },
  // An IIS log's #Fields header is followed by its rows, a day's worth of them.
  keywordWindows: { 'cs-username': { before: 40, after: 400_000 } },
  pattern: /(?<![\w\\-])[A-Z][A-Z0-9-]{1,14}\\([A-Za-z][A-Za-z0-9._-]{2,20})(?![\w\\.-])/gu,
  secretGroup: 1,
  // In an IIS log's cs-username field any lower-case account but a service's is a person's (an
  // application pool's is CamelCase: `DefaultAppPool`): IIS writes the authenticated user of each request (`SAHAB\\haldhaheri`, an initial and a surname the
  // lexicon doesn't know).
  validate: (login, ctx) => !isServiceAccount(login) && (spellsPersonLogin(login) || isPersonalHandle(login, ctx) || (/^[a-z][a-z0-9._-]+$/u.test(login) && isIisUserField(ctx))),
  redactAs: 'user',
  references: ['https://learn.microsoft.com/en-us/windows/win32/secauthn/user-name-formats'],
  examples: {
    positive: [
      '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip\n2024-03-11 06:15:27 10.20.9.15 GET /portal/api/claims - 443 HFK\\mkoehler 10.1.2.3',
      '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip\n2024-09-18 04:00:55 10.20.1.5 POST /EServices/api/captcha id=1646 443 SAHAB\\haldhaheri 82.84.56.197',
      'PS C:\\> whoami\nHFK\\jweiss',
      'runas /user:CONTOSO\\akowalski "mmc.exe"',
    ],
    negative: [
      '#Fields: date time cs-username\n2024-03-11 06:15:27 IIS\\DefaultAppPool',
      'whoami\nNT AUTHORITY\\system',
      'runas /user:CONTOSO\\svc_backup cmd',
      'reg query HKLM\\software\\policies',
    ],
  },
});
