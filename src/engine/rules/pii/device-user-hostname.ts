import type { MatchContext } from '../../types';
import { perText } from '../../scan/perText';
import { defineRule } from '../defineRule';
import { PLACEHOLDER_SURNAMES } from './_names';

/** How far either side of the hostname its user's address or name is looked for (a record, a report; not a whole bundle lower-cased). */
const USER_REACH = 20_000;

/** Words a device's last part may be that name no one: a loaner, a lab's or a kiosk's machine. */
const NOT_A_USER = new Set(['loaner', 'spare', 'shared', 'kiosk', 'lab', 'test', 'demo', 'build', 'admin', 'guest', 'temp', 'pool', 'reception', 'conference', 'meeting', 'training', 'student', 'classroom', 'office', 'print', 'printer', 'scan', 'scanner', 'server', 'prod', 'stage', 'staging', 'dev']);

/** The last stretch of the text lower-cased for namesUser (dropped with the text when its scan ends). */
const loweredOf = perText((): { last?: { from: number; to: number; lower: string } } => ({}));

/**
 * The text around the match in lower case, from USER_REACH before it to USER_REACH after it at
 * least (offsets in `lower` count from `from`; `to` is where the match's reach ends, in `lower`'s offsets). A stretch of twice that reach after the match is
 * lower-cased at once and kept for the next matches: an inventory of 900 hostnames lower-cased
 * 40 KB for each (22 ms for 100 KB). A stretch whose lower case changes its length (`İ`) is
 * lower-cased for each match alone, as it was.
 */
function lowerAround(ctx: MatchContext): { lower: string; from: number; to: number } {
  const { text } = ctx;
  const from = Math.max(0, ctx.start - USER_REACH);
  const to = Math.min(text.length, ctx.end + USER_REACH);
  const kept = loweredOf(text);
  if (kept.last !== undefined && kept.last.from <= from && kept.last.to >= to) return { lower: kept.last.lower, from: kept.last.from, to: to - kept.last.from };
  const end = Math.min(text.length, ctx.end + 3 * USER_REACH);
  const lower = text.slice(from, end).toLowerCase();
  if (lower.length !== end - from) {
    kept.last = undefined;
    return { lower: text.slice(from, to).toLowerCase(), from, to: to - from };
  }
  kept.last = { from, to: end, lower };
  return { lower, from, to: to - from };
}

/**
 * Whether the text names the person the device's part stands for: an e-mail address or a name
 * whose surname is the part after its first letter and whose given name starts with that letter
 * (`mquastor` in `mirela.quastor@…` or `Mirela Quastor`).
 */
function namesUser(ctx: MatchContext, part: string): boolean {
  const user = part.toLowerCase();
  if (user.length < 4 || NOT_A_USER.has(user)) return false;
  const initial = user.charAt(0);
  const surname = user.slice(1);
  // (A placeholder's surname names no user: `ACME-MBP-JDOE` beside "John Doe".)
  if (PLACEHOLDER_SURNAMES.has(surname.charAt(0).toUpperCase() + surname.slice(1))) return false;
  const { lower: text, from, to } = lowerAround(ctx);
  for (let at = text.indexOf(surname, Math.max(0, ctx.start - USER_REACH - from)); at !== -1 && at < to; at = text.indexOf(surname, at + 1)) {
    if (at + from >= ctx.start && at + from < ctx.end) continue;
    const after = text.charAt(at + surname.length);
    if (/[\p{L}\p{N}]/u.test(after)) continue;
    const sep = text.charAt(at - 1);
    if (sep !== '.' && sep !== ' ' && sep !== '_') continue;
    // The given name (or its initial) before the separator: a word that starts with the initial.
    let start = at - 1;
    while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start--;
    if (start <= at - 2 && text.charAt(start) === initial && !/[\p{L}\p{N}]/u.test(text.charAt(start - 1))) return true;
  }
  return false;
}

// A company laptop's or desktop's hostname built from its user's name, as IT departments name them:
// a prefix, the device's type, then the user's initial and surname (`ACME-MBP-JDOE`, `acme-win-
// mquastor`), or the user first (`JDOE-LT`). An endpoint alert, an asset inventory or a VPN log
// that names the machine names its user. Reported when the text names that person too (an e-mail
// address or a full name whose initial and surname the part spells): a part alone may be any word.
export default defineRule({
  id: 'device-user-hostname',
  category: 'pii',
  description: "A company device's hostname spelled from its user's initial and surname (ACME-MBP-JDOE), when the text names that user",
  keywords: ['-mbp-', '-mba-', '-win-', '-lt-', '-lap-', '-laptop-', '-pc-', '-ws-', '-mac-', '-dt-', '-nb-', '-mbp', '-lt', '-laptop', '-pc', '-win', 'desktop-', 'laptop-'],
  window: { before: 40, after: 40 },
  pattern:
    /(?<![\w.-])(?:[A-Za-z0-9]{1,12}-){0,2}(?:MBP|MBA|WIN|LT|LAP|LAPTOP|PC|WS|MAC|DT|NB|DESKTOP|mbp|mba|win|lt|lap|laptop|pc|ws|mac|dt|nb|desktop)-([A-Za-z]{4,24})(?![\w-])|(?<![\w.-])([A-Za-z]{4,24})-(?:MBP|MBA|WIN|LT|LAP|LAPTOP|PC|WS|MAC|DT|NB|mbp|mba|win|lt|lap|laptop|pc|ws|mac|dt|nb)(?:-[A-Za-z0-9]{1,8})?(?![\w-])/gu,
  validate: (_s, ctx) => namesUser(ctx, ctx.match[1] ?? ctx.match[2] ?? ''),
  redactAs: 'hostname',
  references: ['https://gdpr-info.eu/art-4-gdpr/', 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/identity/naming-conventions-for-computer-domain-site-ou'],
  examples: {
    positive: [
      'employee_id,name,email,hostname,serial\nE1,Mirela Quastor,mirela.quastor@acme-labs.io,ACME-MBP-MQUASTOR,C02XX0000000',
      '{"hostname": "acme-win-bfeldhoff", "user": "Bastian Feldhoff", "event": "malware_detected"}',
      'VPN session from ODOMBROWE-LT by o.dombrowe@acme-labs.io',
    ],
    negative: [
      'Shipping a loaner (ACME-MBP-LOANER-07) to the office.',
      'employee_id,name,email,hostname\nE1,Mirela Quastor,mirela.quastor@acme-labs.io,ACME-MBP-JDOE',
      'Build agents: ci-win-runner, ci-mac-builder',
      'The laptop ACME-MBP-JDOE is the template image (owner: John Doe).',
    ],
  },
});
