import { defineRule } from '../defineRule';
import { LOWER, UPPER } from './_latin';
import { isLoneGivenName } from './_names';

/** A capitalised given name alone, not followed by more of a word or a surname. */
const GIVEN = `([${UPPER}][${LOWER}]{1,24})(?![${UPPER}${LOWER}0-9_@-])(?! [${UPPER}][${LOWER}])`;

// A colleague's given name alone where a chat or a code comment hands work to them or credits
// them: "ping Noor in #payments", "ask Ravi before changing", "tell Hannah", "cc Lukas",
// "flagged by Yusuf", "shared by Femke", "-- Priya" at the end of a comment. The name must be in
// the wider lexicon (no everyday word: "ask Grace" is not read) and not a word that follows names
// in code. Full names in these places are person-name-role's.
export default defineRule({
  id: 'person-name-mention',
  category: 'pii',
  description: "Person's given name alone after a hand-over or credit in a chat or comment ('ping <name>', 'ask <name>', 'flagged by <name>')",
  keywords: ['ping ', 'ask ', 'tell ', 'cc ', ' by ', '-- '],
  window: { before: 24, after: 40 },
  pattern: new RegExp(
    `(?<![${UPPER}${LOWER}])(?:[Pp]ing|[Aa]sk|[Tt]ell|cc|CC|(?:flagged|shared|reported|found|spotted|exported|sent|fixed|approved|reviewed|requested|rotated) by)[ \\t]{1,2}@?${GIVEN}(?=[ \\t]*(?:[,.;:!?)]|$|\\r?\\n| (?:if|to|for|about|before|after|in|on|when|and|or|first|directly|please|pls)\\b))` +
      // a comment's signature at the end of its line: `# debugging E401 -- Priya`
      `|(?<=\\S) --[ \\t]{1,2}${GIVEN}(?=[ \\t]*(?:\\r?\\n|$))`,
    'gu',
  ),
  secretGroup: [1, 2],
  validate: (name) => isLoneGivenName(name),
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'If a review stalls for more than a week, ping Oskar in #ledger on the community Slack.',
      '# connection strings (rotated 2024-05-02, ask Leopold before changing)',
      'rotate after use and tell Wilhelmina).',
      'the one Nadia flagged -- same device, 41 cards; flagged by Dorothea.',
      'curl -s "$URL" | jq .   # debugging E401 -- Oskar',
    ],
    negative: [
      'ask Grace about the release',
      'ping Jenkins if the build hangs',
      'tell Leopold Ashdown to rotate it',
      'sorted by Name, then by Date',
      'ask Travis CI to rebuild',
    ],
  },
});
