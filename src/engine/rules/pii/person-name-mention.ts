import { defineRule } from '../defineRule';
import { LOWER, UPPER } from './_latin';
import { isLoneGivenNameInProse } from './_names';

/** A capitalised given name alone, not followed by more of a word or a surname. */
const GIVEN = `([${UPPER}][${LOWER}]{1,24})(?![${UPPER}${LOWER}0-9_@-])(?! [${UPPER}][${LOWER}])`;

// A colleague's given name alone where a chat or a code comment hands work to them or credits
// them: "ping Noor in #payments", "ask Ravi before changing", "tell Hannah", "cc Lukas",
// "flagged by Yusuf", "shared by Femke", "-- Priya" at the end of a comment. The name must be in
// the wider lexicon (no everyday word: "ask Grace" is not read) and not a word that follows names
// in code. Full names in these places are person-name-role's.
/** Hand-overs in the other languages of the labels: "chiedo a Matteo", "pregunta a Irene", "frag Jonas". */
const HANDOVERS_ELSEWHERE = ['chiedo a', 'chiedi a', 'chiedere a', 'parla con', 'pregunta a', 'habla con', 'pergunta a', 'fala com', 'frag', 'frage', 'vraag', 'demande'];

/** What a person did, right after the name: "Priya asked whether…", "Lachlan's rotating it now". */
const CREDIT_VERBS = ['asked', 'said', 'mentioned', 'suggested', 'confirmed', 'noticed', 'reported', 'wrote', 'pinged', 'rotated', 'revoked', 'is rotating', "'s rotating", 'will rotate'];

const HANDOVER = '(?:[Pp]ing|[Aa]sk|[Tt]ell|cc|CC|(?:flagged|shared|reported|found|spotted|exported|sent|fixed|approved|reviewed|requested|rotated) by)';
const HANDOVER_ELSEWHERE = '(?:chiedo a|chiedi a|chiedere a|parla con|pregunta a|habla con|pergunta a|fala com|[Ff]rag|[Ff]rage|[Vv]raag|[Dd]emande à)';
/** What belongs to a person in a comment or a note: a machine, an account, a copy of something. */
const BELONGINGS = 'laptop|machine|desktop|workstation|mac|macbook|account|branch|fork|copy|notes|desk|home directory|keychain|dotfiles';
const VERBS = [...new Set(CREDIT_VERBS.map((v) => v.replace(/^'s /u, '')))].join('|');

/** A credit verb as a keyword: after a space, or straight after the name ("'s rotating"). */
const verbKeyword = (v: string): string => (v.startsWith("'") ? v : ` ${v}`);

export default defineRule({
  id: 'person-name-mention',
  category: 'pii',
  // Decision (session 29): opt-in. Over thirty independent held-out corpora this rule's findings
  // were 0 true of 19: writers leave a colleague's given name alone unlabelled, and several say so.
  // A team that counts it switches the rule on with a level in its policy or settings.
  optIn: true,
  description: "Person's given name alone after a hand-over or credit in a chat or comment ('ping <name>', 'ask <name>', 'flagged by <name>')",
  keywords: ['ping ', 'ask ', 'tell ', 'cc ', ' by ', '-- ', ' here', ...BELONGINGS.split('|').map((b) => `'s ${b}`), ...HANDOVERS_ELSEWHERE.map((h) => h.toLowerCase()), ...CREDIT_VERBS.map(verbKeyword)],
  // (A credit verb follows the name: the name is within the 32 characters before it.)
  window: { before: 32, after: 40 },
  pattern: new RegExp(
    // NOTE: each branch starts with its words and checks what precedes them afterwards; a leading
    // lookbehind would run at every position of the window.
    `${HANDOVER}(?<=(?<![${UPPER}${LOWER}])${HANDOVER})[ \\t]{1,2}@?${GIVEN}(?=[ \\t]*(?:[,.;:!?)]|$|\\r?\\n| \\(| (?:if|to|for|about|before|after|in|on|when|and|or|first|directly|please|pls)\\b))` +
      // a comment's signature at the end of its line: `# debugging E401 -- Priya`
      `| --(?<=\\S --)[ \\t]{1,2}${GIVEN}(?=[ \\t]*(?:\\r?\\n|$))` +
      `|${HANDOVER_ELSEWHERE}(?<=(?<![${UPPER}${LOWER}])${HANDOVER_ELSEWHERE})[ \\t]{1,2}${GIVEN}(?=[ \\t]*(?:[,.;:!?)]|$|\\r?\\n| [${LOWER}]))` +
      // (This branch starts at the verb, which is rare, and reads the name back: starting at every
      // capital letter of the window cost the rule three times its time.)
      `|(?:${VERBS})(?![${LOWER}])(?<=(?<![${UPPER}${LOWER}0-9_@./-])${GIVEN}(?:['’]s)?[ \\t](?:${VERBS}))` +
      // a chat message's self-introduction: "Hi all, Wojciech here"
      `|[ \\t]here(?![${LOWER}])(?<=(?<![${UPPER}${LOWER}])(?:Hi|Hello|Hey|Hallo|Hola|Ciao|Hej|Morning|Good morning)(?: all| everyone| team| folks| there)?,?[ \\t]${GIVEN}[ \\t]here)` +
      // what belongs to a person: "Venkat's laptop", "from Jörg's machine"
      `|['’]s[ \\t](?=(?:${BELONGINGS})(?![${LOWER}]))(?<=(?<![${UPPER}${LOWER}0-9_@./-])${GIVEN}['’]s[ \\t])`,
    'gu',
  ),
  secretGroup: [1, 2, 3, 4, 5, 6],
  // (Not a given name that is also a word, `ask Grace about …`, `Will said …`: alone in a sentence it is the word.)
  validate: (name) => isLoneGivenNameInProse(name),
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'If a review stalls for more than a week, ping Oskar in #ledger on the community Slack.',
      '# connection strings (rotated 2024-05-02, ask Leopold before changing)',
      'rotate after use and tell Wilhelmina).',
      'the one Nadia flagged -- same device, 41 cards; flagged by Dorothea.',
      'curl -s "$URL" | jq .   # debugging E401 -- Oskar',
      'grazie! chiedo a Ottavio di revocare il token',
      'ok. also Wilhelmina asked whether we can replay the event safely',
      "Cheers. Leopold's rotating it now.",
      'Hi all, Ottavio here from the payments team. Any ETA?',
      "# ~/.ssh/config — Wilhelmina's laptop",
      'SP secret rotated by Leopold (AADSTS7000215).',
    ],
    negative: [
      'ask Grace about the release',
      'ping Jenkins if the build hangs',
      'tell Leopold Ashdown to rotate it',
      'sorted by Name, then by Date',
      'ask Travis CI to rebuild',
      'The Parser said nothing about it',
      'Grace said the build was green',
      "Hi all, Support here: the queue is paused",
      "the Parser's copy of the tree",
    ],
  },
});
