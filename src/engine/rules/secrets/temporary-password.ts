import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { matchLine } from '../pii/_context';

/** A password reset's words on the line: the user must change it, it was reset, or it is the initial one. */
const RESET_LINE = native(/must_?change|mustChange|force_?change|change_?at_?next_?logon|pwdLastSet=0|password reset|pwreset|reset_password|passwordReset|reset by|reset for/iu);

// A temporary password that a help desk's reset tool logs beside the account (`temp="…"
// mustChange=true`): the generic password rule reads keys that say password; this one reads the
// bare `temp=` / `temporary=` key, only on a line about a reset. Until its holder signs in and
// changes it, it opens the account.
export default defineRule({
  id: 'temporary-password',
  category: 'secret',
  description: "Temporary password in a reset tool's log line (temp=\"…\" beside mustChange or a reset)",
  generic: true,
  keywords: ['temp=', 'temporary='],
  window: { before: 200, after: 200 },
  pattern: /(?<![\w.]|(?<!:)-)temp(?:orary)?=(["']?)([^\s"']{6,64})\1(?=[\s,;]|$)/gu,
  secretGroup: 2,
  validate: (s, ctx) => {
    if (!/[A-Za-z]/u.test(s) || !/\d/u.test(s) || /^\d+(?:\.\d+)?(?:C|F|°C|°F|K)?$/u.test(s)) return false;
    // (Its line, 300 characters either way at most: a minified text's line may run for megabytes.)
    return RESET_LINE.test(matchLine(ctx, 300));
  },
  envName: 'TEMP_PASSWORD',
  references: ['https://cwe.mitre.org/data/definitions/532.html'],
  examples: {
    positive: [
      `pwreset account=jdoe by=helpdesk1 temp="${fake('{A1}{L6}', 4461)}-${fake('{d4}', 4462)}#" mustChange=true status=done`,
      `reset_password user=a.example temp=${fake('{a10}', 4463)}7 force_change=1`,
    ],
    negative: [
      'sensor=boiler2 temp=71.5 status=OK',
      'user=jdoe temp="Winter-2024#" result=OK',
      'mustChange=true temp="${TEMP_PW}"',
    ],
  },
});
