import { defineRule } from '../defineRule';
import { ACTION_BEFORE } from './_handles';
import { ALNUM, GIVEN_WORD, LOWER, UPPER } from './_latin';
import { isLoneGivenNameInProse } from './_names';
import { native } from '../../scan/nativeRegex';

const GIVEN = GIVEN_WORD;

/** Greetings before a self-introduction ("hi, Juha here from platform"). */
const HELLO = '(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]allo|[Hh]ola|[Cc]iao|[Ss]alut|[Bb]onjour|[Hh]ej|[Mm]oin|[Oo]lá|[Oo]i)';

/** Things a person owns in a note about where something came from ("Jonas' machine", "Marcus's laptop"). */
const BELONGINGS = '(?:machine|laptop|computer|desktop|workstation|notebook|vault|account|phone|mailbox|inbox|Mac|MacBook|PC|box|sandbox|branch|fork|keys?|spreadsheet|sheet|chat|token|tokens|script|notes|export)';

// A colleague's given name alone where the sentence says a person did or owns something: after an
// action and `by` (`Run by Álvaro on 2024-06-06`, `captured … by Elena while debugging`), introducing
// themself (`hi, Juha here from platform`), or owning a machine (`(Jonas' machine)`, `<name>'s
// laptop`). The name must be a given name of the lexicon, not a word or a brand, and not the first
// word of a full name. The keywords (` by `, ` here`, the apostrophes) open small windows.
export default defineRule({
  id: 'person-name-owner',
  category: 'pii',
  // Decision (session 29): opt-in. Over thirty independent held-out corpora this rule's findings
  // were 0 true of 4: writers leave a colleague's given name alone unlabelled, and several say so.
  // A team that counts it switches the rule on with a level in its policy or settings.
  optIn: true,
  description: "A person's given name alone where the sentence says they did or own something (\"run by <name>\", \"<name> here from…\", \"<name>'s laptop\")",
  keywords: [' by ', ' here', "'s ", "' "],
  window: { before: 96, after: 48 },
  pattern: new RegExp(
    [
      // 1. Run by Álvaro on…, captured … by Elena while…
      `(?<![\\w-])by (${GIVEN})(?![${ALNUM}_@'’-]| [${UPPER}])`,
      // 2. hi, Juha here from platform (starting at `here`: starting at the greeting's letters cost 120 ms a bench pass)
      `here(?= from | at | in |[,.!—–-])(?<=(?<![\\w])${HELLO}[,!]? (${GIVEN}) here)`,
      // 3. Jonas' machine, Marcus's laptop
      `'(?=s? ${BELONGINGS}(?![${ALNUM}]))(?<=(?<![${ALNUM}_.@-]|[${UPPER}][${LOWER}]* )(${GIVEN})')`,
    ].join('|'),
    'gu',
  ),
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => {
    if (!isLoneGivenNameInProse(s)) return false;
    if (ctx.match[1] !== undefined) return native(ACTION_BEFORE).test(ctx.text.slice(Math.max(0, ctx.match.index - 64), ctx.match.index));
    return true;
  },
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'Run by Álvaro on 2024-06-06 from his laptop; kept here for the audit trail.',
      '# First row captured from prod on 2024-02-15 by Elena while debugging',
      'hi, Juha here from platform. Every run shows drift.',
      "# address-normalizer – local dev (Jonas' machine), DO NOT COMMIT",
      '    // (created by Jae-won for the KR wallet demo); rotate if it ever shows up in a release build.',
      " * List comes from Siobhan's spreadsheet (AU + UK only; US was not affected).",
      ' * Written 2019 by Kofi; patched since by whoever was on call. Sorry.',
    ],
    negative: [
      'Reviewed by Anna Berg on Monday',
      'sorted by Name, then by Date',
      "run the job on the runner's machine",
      'Written by Claude and reviewed',
    ],
  },
});
