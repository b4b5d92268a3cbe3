import { defineRule } from '../defineRule';
import { GIVEN_WORD } from './_latin';
import { isLoneGivenNameInProse } from './_names';

/**
 * What a colleague did, right after their given name: the verbs of operations notes and chats.
 * (Not `added`, `changed`, `updated`, `created`, `deleted`, `fixed`: code comments say them of
 * everything.)
 */
const DID = ['reset', 'ran', 'reran', 're-ran', 'rotated', 'revoked', 'merged', 'deployed', 'pushed', 'shared', 'emailed', 'pasted', 'copied', 'generated', 'exported', 'approved', 'confirmed', 'restarted', 'migrated', 'uploaded', 'set up', 'signed off'];

/** Where a clause starts: a line, a sentence, a comma, a bracket, a comment's mark, or a conjunction. */
const CLAUSE_START = '(?:^|[\\n.!?;:,(—–#*>"]|\\b(?:so|and|but|then|when|after|before|because|until|once))[ \\t]{0,3}';

// A colleague's given name alone as the subject of what they did, or introducing themself on a
// call, as operations notes, chats and call transcripts write it: `Hamish reset it by hand`, `so
// Ethan ran this one apply`, `Ryan speaking`, `Lachlan here.`. The name must be a given name of
// the lexicon and not a word (`Will ran the job`); the verb decides the keyword windows, so the
// pattern starts at the space before it and looks back for the name.
export default defineRule({
  id: 'person-name-subject',
  category: 'pii',
  // Decision (session 29): opt-in. Over thirty independent held-out corpora this rule's findings
  // were 0 true of 1: writers leave a colleague's given name alone unlabelled, and several say so.
  // A team that counts it switches the rule on with a level in its policy or settings.
  optIn: true,
  description: "A person's given name alone as the subject of what they did (\"<name> reset it\", \"so <name> ran the apply\") or introducing themself on a call (\"<name> speaking\")",
  keywords: [...DID.map((v) => ` ${v} `), ' speaking', ' here,', ' here.', ' here!'],
  window: { before: 48, after: 24 },
  pattern: new RegExp(
    [
      ` (?=(?:${DID.join('|')}) )(?<=${CLAUSE_START}(${GIVEN_WORD}) )`,
      ` (?=speaking\\b|here[,.!])(?<=(?:^|[\\n,.!?:]|\\] [A-Z]+:)[ \\t]{0,3}(${GIVEN_WORD}) )`,
    ].join('|'),
    'gmu',
  ),
  secretGroup: [1, 2],
  validate: (s) => isLoneGivenNameInProse(s),
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      '> **You:** it was #2, Hamish reset it by hand during the incident on friday. fixed and rotated.',
      '# so Ethan ran this one apply with the break-glass user. Remove after MS-INF-311.',
      'Fiona pasted the pub key into the bastion role yesterday.',
      '[00:00] AGENT: Good morning, you are through to support, Ryan speaking.',
    ],
    negative: ['Docker added a new flag, so Terraform ran the plan again.', 'Will ran the job; May rotated the keys.', 'the ISO speaking clock', 'The Pipeline ran twice.'],
  },
});
