import { defineRule } from '../defineRule';
import { ALNUM, GIVEN_WORD, LOWER, UPPER } from './_latin';
import { isLoneGivenNameInProse } from './_names';

const GIVEN = GIVEN_WORD;

/** What a team's person is tagged with in brackets: a role or a country (CTO, QA, BR), or a team, a site or a company (Magazijn, Pinewharf). */
const TAG = `(?:[A-Z]{2,5}|[${UPPER}][${LOWER}]{2,24}(?: [${UPPER}][${LOWER}]{2,24})?)`;

/** The shapes whose group holds the name; see the rule's comment. */
const PATTERN = new RegExp(
  [
    // 1. Owen (CTO), Ximena (MX), Ellie (Pinewharf)
    `\\((?=${TAG}\\))(?<=(?<![${ALNUM}_.'’@&/-]|[${UPPER}][${LOWER}]* )(${GIVEN}) \\()`,
    // 2. ## 👤 Ximena (a chat export's turn heading)
    `\\n#{1,4} 👤 (${GIVEN})[ \\t]*(?=\\r?\\n)`,
  ].join('|'),
  'gu',
);

// A colleague's given name alone, where what is around it says a person is meant: tagged with a
// role, a country or a team in brackets (`Owen (CTO)`, `Camila (BR) y Ximena (MX)`), or a chat
// export's turn heading (`## 👤 Ximena`). The name must be a given name of the lexicon, not a word or
// a brand (Will, Grace, Jasmine), and not the first word of a full name (person-name's). Each branch
// starts at a rarer character than a capital (the bracket, the line break) and looks back for the
// name. (Names that did or own something, `run by <name>`, `<name>'s laptop`, are person-name-owner's:
// keyword-less here they cost the rescan 0.1 ms.)
// NOTE: ~30 ms a bench pass, most of it at the brackets of code.
export default defineRule({
  id: 'person-name-aside',
  category: 'pii',
  // Decision (session 29): opt-in. Over thirty independent held-out corpora this rule's findings
  // were 0 true of 5: writers leave a colleague's given name alone unlabelled, and several say so.
  // A team that counts it switches the rule on with a level in its policy or settings.
  optIn: true,
  description: "A person's given name alone, tagged with a role or a team in brackets (\"<name> (CTO)\") or heading a chat export's turn",
  keywords: [],
  pattern: PATTERN,
  secretGroup: [1, 2],
  validate: (s) => isLoneGivenNameInProse(s),
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'Exec escalation: Owen (CTO) via PagerDuty only.',
      'Comunicación a clínicas: Camila (BR) y Ximena (MX) redactan un mensaje hoy.',
      '[01-May-24 10:58 AM] Ellie (Pinewharf)',
      '\n## 👤 Ximena\n\nla migración falla',
    ],
    negative: [
      'the matrix runs on Swift (iOS) and Kotlin (JVM)',
      'Will (QA) take this?',
      'call render(Props) then mount(App)',
      'Written by Claude (Anthropic)',
      'see the Go (GC) notes',
    ],
  },
});
