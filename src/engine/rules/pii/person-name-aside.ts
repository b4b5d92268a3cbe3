import { defineRule } from '../defineRule';
import { ACTION_BEFORE } from './_handles';
import { ALNUM, LOWER, UPPER } from './_latin';
import { WORD_NAMES, isLoneGivenName } from './_names';
import { native } from '../../scan/nativeRegex';

/** A given name as the branches read it: capitalised, 3 to 15 letters, or two parts joined by a hyphen (Jae-won, Mei-Ling). */
const GIVEN = `[${UPPER}][${LOWER}]{1,14}(?:-[${UPPER}]?[${LOWER}]{2,10})?`;

/** What a team's person is tagged with in brackets: a role or a country (CTO, QA, BR), or a team, a site or a company (Magazijn, Pinewharf). */
const TAG = `(?:[A-Z]{2,5}|[${UPPER}][${LOWER}]{2,24}(?: [${UPPER}][${LOWER}]{2,24})?)`;

/** Greetings before a self-introduction ("hi, Juha here from platform"). */
const HELLO = '(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]allo|[Hh]ola|[Cc]iao|[Ss]alut|[Bb]onjour|[Hh]ej|[Mm]oin|[Oo]lá|[Oo]i)';

/** Things a person owns in a note about where something came from ("Jonas' machine", "Marcus's laptop"). */
const BELONGINGS = '(?:machine|laptop|computer|desktop|workstation|notebook|vault|account|phone|mailbox|inbox|Mac|MacBook|PC|box|sandbox|branch|fork|keys?)';

/** The shapes whose group holds the name; see the rule's comment. */
const PATTERN = new RegExp(
  [
    // 1. Owen (CTO), Ximena (MX), Ellie (Pinewharf)
    `\\((?=${TAG}\\))(?<=(?<![${ALNUM}_.'’@&/-]|[${UPPER}][${LOWER}]* )(${GIVEN}) \\()`,
    // 2. Run by Álvaro on…, captured … by Elena while…
    `(?<![\\w-])by (${GIVEN})(?![${ALNUM}_@'’-]| [${UPPER}])`,
    // 3. hi, Juha here from platform
    // (Starting at `here`: starting at the greeting's letters cost 120 ms a bench pass.)
    `here(?= from | at | in |[,.!—–-])(?<=(?<![\\w])${HELLO}[,!]? (${GIVEN}) here)`,
    // 4. ## 👤 Ximena (a chat export's turn heading)
    `\\n#{1,4} 👤 (${GIVEN})[ \\t]*(?=\\r?\\n)`,
    // 5. Jonas' machine, Marcus's laptop
    `['’](?=s? ${BELONGINGS}(?![${ALNUM}]))(?<=(?<![${ALNUM}_.@-]|[${UPPER}][${LOWER}]* )(${GIVEN})['’])`,
  ].join('|'),
  'gu',
);

// A colleague's given name alone, where what is around it says a person is meant: tagged with a
// role, a country or a team in brackets (`Owen (CTO)`, `Camila (BR) y Ximena (MX)`), after an action
// and `by` (`Run by Álvaro on 2024-06-06`), introducing themself (`hi, Juha here from platform`), a
// chat export's turn heading (`## 👤 Ximena`), or owning a machine (`(Jonas' machine)`). The name
// must be a given name of the lexicon, not a word or a brand (Will, Grace, Jasmine), and not the
// first word of a full name (person-name's). Each branch starts at a rarer character than a
// capital (the bracket, `by`, `here`, the apostrophe) and looks back for the name.
// NOTE: ~50 ms a bench pass (2% of the engine), most of it at the brackets and apostrophes of code.
export default defineRule({
  id: 'person-name-aside',
  category: 'pii',
  description: "A person's given name alone where the context names a person (\"<name> (CTO)\", \"run by <name>\", \"<name>'s laptop\")",
  keywords: [],
  pattern: PATTERN,
  secretGroup: [1, 2, 3, 4, 5],
  validate: (s, ctx) => {
    if (!isLoneGivenName(s) || WORD_NAMES.has(s)) return false;
    if (ctx.match[2] !== undefined) return native(ACTION_BEFORE).test(ctx.text.slice(Math.max(0, ctx.match.index - 64), ctx.match.index));
    return true;
  },
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'Exec escalation: Owen (CTO) via PagerDuty only.',
      'Comunicación a clínicas: Camila (BR) y Ximena (MX) redactan un mensaje hoy.',
      '[01-May-24 10:58 AM] Ellie (Pinewharf)',
      'Run by Álvaro on 2024-06-06 from his laptop; kept here for the audit trail.',
      '# First row captured from prod on 2024-02-15 by Elena while debugging',
      'hi, Juha here from platform. Every run shows drift.',
      '\n## 👤 Ximena\n\nla migración falla',
      "# address-normalizer – local dev (Jonas' machine), DO NOT COMMIT",
      '    // (created by Jae-won for the KR wallet demo); rotate if it ever shows up in a release build.',
    ],
    negative: [
      'the matrix runs on Swift (iOS) and Kotlin (JVM)',
      'Reviewed by Anna Berg on Monday',
      'sorted by Name, then by Date',
      'Will (QA) take this?',
      'call render(Props) then mount(App)',
      "run the job on the runner's machine",
      'Written by Claude (Anthropic)',
      'see the Go (GC) notes',
    ],
  },
});
