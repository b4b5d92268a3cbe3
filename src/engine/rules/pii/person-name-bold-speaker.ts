import { defineRule } from '../defineRule';
import { LOWER, UPPER } from './_latin';
import { isLoneGivenName } from './_names';

// A chat transcript's speaker in bold at a line's start, a given name alone: AI-assistant exports
// and meeting notes write `**Oskar:** my webhook keeps failing` or `- **Oskar**: …`. The name must
// be in the wider lexicon (`**Note:**`, `**Travis**` builds… are not speakers). Full names in bold
// are person-name's (a note's structure); this rule takes the one-word ones. The match starts at
// the colon, which every such line has, and reads the name in a lookbehind.
export default defineRule({
  id: 'person-name-bold-speaker',
  // Decision (forty-eighth session): opt-in, as the other rules for a given name alone are:
  // over the twelve held-out corpora scored in the forty-eighth session, a bold speaker's given
  // name alone ("**Camille:**") was 0 labelled of 2 found.
  // A team that counts it switches the rule on with a level in its policy or settings.
  optIn: true,
  category: 'pii',
  description: "Person's given name as a chat transcript's speaker in bold ('**<name>:** …')",
  keywords: [':**', '**:'],
  window: { before: 48, after: 8 },
  pattern: new RegExp(`:(?<=(?:^|\\n)(?:[ \\t]{0,8}[-*+] )?\\*\\*([${UPPER}][${LOWER}]{1,24})(?:\\*\\*)?:)(?:\\*\\*)?[ \\t]`, 'gu'),
  secretGroup: 1,
  validate: (name) => isLoneGivenName(name),
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      '**Wilhelmina:** the secret scan flagged these keys, which do I rotate first?',
      '- **Oskar**: rolled it, still failing on my machine',
      '# Chat export\n\n**Leopold:** the refund job died again\n',
    ],
    negative: [
      '**Note:** rotate the key first.',
      '**Travis** builds the image on every push.',
      '**Assistant:** the signature header is missing',
      // the assistant itself, in an export of a chat with it
      '**Claude:** the signature header is missing',
      'see **Oskar:** in the notes',
    ],
  },
});
