import type { MatchContext } from '../../types';
import { defineRule } from '../defineRule';
import { isPersonalHandle, isServiceAccount, spellsPersonLogin } from './_handles';
import { columnHeader } from './_context';
import { isRoleMailbox } from './_mailboxes';
import { native } from '../../scan/nativeRegex';

/** Where Windows writes an account as DOMAIN\user: an IIS log's cs-username field, whoami, runas, a security event's fields. */
const CONTEXT_KEYWORDS = ['cs-username', 'whoami', 'runas', 'account name:', 'user name:', 'logged on user', 'logon account', '"user"', 'processuser', 'username', 'user_name', 'source user', 'src_user', 'srcuser'];

/**
 * A security tool's field for the account right before the match: Sysmon's and EDRs' `"User": "…"`,
 * `"processUser": "…"`, a firewall's `user_name="…"`, an event's `TargetUserName`. Security
 * telemetry names the people whose sessions it watched.
 */
const ACCOUNT_FIELD_BEFORE = /(?:\b[Uu]ser|[a-z]User|[Uu]ser_?[Nn]ame|USER(?:_?NAME)?|[Aa]ccount_?[Nn]ame)["']?[ \t]*[:=][ \t]*["']?[A-Za-z][A-Za-z0-9-]{1,14}\\{1,2}$/u;

/** The match fills a cell under a user column of a delimited table (a VPN gateway's `Source User`). */
function isUserColumnCell(ctx: MatchContext): boolean {
  if (!/^["']?(?:[,;\t]|\r?\n|$)/u.test(ctx.text.slice(ctx.end, ctx.end + 3))) return false;
  const header = columnHeader(ctx);
  return header !== undefined && /^(?:(?:source|src|target|subject|dst|destination) )?user(?: ?name)?$/u.test(header);
}

/** The account (domain included) is the value of a security tool's user field. */
function isAccountField(ctx: MatchContext): boolean {
  return native(ACCOUNT_FIELD_BEFORE).test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start));
}

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
  columns: true,
  // An IIS log's #Fields header is followed by its rows, a day's worth of them.
  keywordWindows: { 'cs-username': { before: 40, after: 400_000 } },
  // (JSON writes the backslash twice. A lower-case domain only as a whole cell or field value:
  // `calderridge\jpruitt`, where a path's `system32\drivers` follows a backslash.)
  pattern: /(?<![\w\\-])[A-Z][A-Z0-9-]{1,14}\\{1,2}([A-Za-z][A-Za-z0-9._-]{2,20})(?![\w\\.-])|(?<=^|[,;\t"'= ])[a-z][a-z0-9-]{1,14}\\{1,2}([a-z][a-z0-9._-]{2,20})(?=["']?(?:[,;\t ]|\r?\n|$))|<Data Name="(?:Target|Subject)UserName">([a-z][a-z0-9._-]{2,20})<\/Data>/gmu,
  secretGroup: [1, 2, 3],
  // In an IIS log's cs-username field any lower-case account but a service's is a person's (an
  // application pool's is CamelCase: `DefaultAppPool`): IIS writes the authenticated user of each request (`SAHAB\\haldhaheri`, an initial and a surname the
  // lexicon doesn't know).
  // The same holds for a security tool's user field and a VPN log's user column.
  validate: (login, ctx) => {
    // (A shared desk's or a device's account is no one's: `helpdesk`, `scanner`, `reception`.)
    if (isServiceAccount(login) || isRoleMailbox(login.toLowerCase())) return false;
    if (spellsPersonLogin(login) || isPersonalHandle(login, ctx)) return ctx.match[1] !== undefined || isUserColumnCell(ctx) || isAccountField(ctx);
    // (A security event's XML names the account without its domain: `<Data Name="TargetUserName">`.)
    return /^[a-z][a-z0-9._-]+$/u.test(login) && (ctx.match[3] !== undefined || isIisUserField(ctx) || isAccountField(ctx) || isUserColumnCell(ctx));
  },
  redactAs: 'user',
  references: ['https://learn.microsoft.com/en-us/windows/win32/secauthn/user-name-formats'],
  examples: {
    positive: [
      '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip\n2024-03-11 06:15:27 10.20.9.15 GET /portal/api/claims - 443 HFK\\mkoehler 10.1.2.3',
      '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip\n2024-09-18 04:00:55 10.20.1.5 POST /EServices/api/captcha id=1646 443 SAHAB\\haldhaheri 82.84.56.197',
      'PS C:\\> whoami\nHFK\\jweiss',
      'runas /user:CONTOSO\\akowalski "mmc.exe"',
      '{"EventID": 1, "User": "CALDERRIDGE\\\\jpruitt", "IntegrityLevel": "Medium"}',
      'Receive Time,Type,Stage,Source User,Source Region\n2024/04/12 12:57:40,GLOBALPROTECT,login,calderridge\\jpruitt,US',
      '<EventData><Data Name="TargetUserName">dhaldane</Data><Data Name="TargetDomainName">CALDERRIDGE</Data></EventData>',
    ],
    negative: [
      '#Fields: date time cs-username\n2024-03-11 06:15:27 IIS\\DefaultAppPool',
      'whoami\nNT AUTHORITY\\system',
      'runas /user:CONTOSO\\svc_backup cmd',
      'reg query HKLM\\software\\policies',
      '<EventData><Data Name="TargetUserName">svc_backup</Data></EventData>',
      'copy C:\\Windows\\system32\\drivers\\etc\\hosts .',
    ],
  },
});
