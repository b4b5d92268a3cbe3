import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { isPersonalHandle, isServiceAccount, spellsPersonLogin } from './_handles';

/** Windows' and Active Directory's built-in accounts that isServiceAccount's list (root, administrator, guest, system…) lacks. */
const BUILT_IN = new Set(['krbtgt', 'defaultaccount', 'wdagutilityaccount', 'localsystem', 'networkservice', 'localservice', 'iusr']);

/**
 * A directory's account name for a person: Active Directory's `sAMAccountName` and the part of its
 * `userPrincipalName` before the `@`, an LDIF's `uid:`, and a Windows security event's
 * `TargetUserName`/`SubjectUserName` (`<Data Name='TargetUserName'>tbrandvold</Data>`). The field says
 * it is an account; the value must read as a person's (an initial and a surname, first.last, a
 * name or an address near it that spells it, or an administrator's `adm-` twin of one), not a
 * service's, a computer's (`FS02$`) or a built-in one (`krbtgt`).
 */
/** A device's or a job's account, an administrator's twin of one too (`scan01`, `adm-backup`). */
const DEVICE_ACCOUNT = native(/^(?:adm[-_.]?)?(?:scan|print|fax|backup|sql|test|mail|exchange|sync|share)/u);

export default defineRule({
  id: 'directory-account-name',
  category: 'pii',
  description: "A person's account in a directory export or a Windows security event (sAMAccountName, userPrincipalName, uid, TargetUserName)",
  keywords: ['samaccountname', 'userprincipalname', 'targetusername', 'subjectusername', '\nuid:'],
  window: { before: 40, after: 60 },
  pattern:
    /(?<![\w-])(?:sAMAccountName|userPrincipalName|(?<=(?:^|\n))uid)[ \t]*:[ \t]*([A-Za-z][A-Za-z0-9._-]{1,31})(?=[@ \t]*(?:\r?\n|$)|@[\w-]+(?:\.[\w-]+)*[ \t]*(?:\r?\n|$))|<Data Name=['"](?:TargetUserName|SubjectUserName)['"]>([A-Za-z][A-Za-z0-9._-]{1,31})(?=<\/Data>)/gu,
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    const lower = s.toLowerCase();
    if (BUILT_IN.has(lower) || isServiceAccount(lower)) return false;
    if (spellsPersonLogin(lower) || isPersonalHandle(lower, ctx)) return true;
    // An initial and a surname (`tbrandvold`, `slindqvist`), or an administrator's twin of one (`adm-brandvold`).
    return /^(?:adm[-_.]?)?[a-z]{4,20}$/u.test(lower) && !DEVICE_ACCOUNT.test(lower);
  },
  redactAs: 'user',
  references: ['https://learn.microsoft.com/en-us/windows/win32/adschema/a-samaccountname', 'https://learn.microsoft.com/en-us/windows/security/threat-protection/auditing/event-4624'],
  examples: {
    positive: [
      'dn: CN=Sanna Lindqvist,OU=Staff,DC=corp,DC=local\ncn: Sanna Lindqvist\nsAMAccountName: slindqvist\nuserPrincipalName: slindqvist@corp.local',
      "<EventData><Data Name='TargetUserName'>tbrandvold</Data><Data Name='TargetDomainName'>CORP</Data></EventData>",
      'dn: uid=m.kvalsvik,ou=people,dc=example,dc=org\nuid: m.kvalsvik\ncn: Maren Kvalsvik',
    ],
    negative: [
      "<Data Name='TargetUserName'>FS02$</Data>",
      'sAMAccountName: svc_backup',
      'sAMAccountName: krbtgt',
      "<Data Name='SubjectUserName'>-</Data>",
      'uid: 1000',
    ],
  },
});
