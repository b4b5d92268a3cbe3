import { defineRule } from '../defineRule';
import { LOWER, UPPER } from './_latin';
import { isLoneGivenName } from './_names';

/** Sign-offs that stand on their own line above a signature, as e-mails and tickets write them (first letter either case). */
const SIGN_OFFS = [
  'thanks', 'thank you', 'many thanks', 'thanks again', 'regards', 'best regards', 'kind regards', 'warm regards', 'best', 'cheers', 'sincerely', 'yours sincerely',
  'best wishes', 'all the best', 'merci', 'merci beaucoup', 'cordialement', 'bien cordialement', 'bien à vous', 'salutations', 'danke', 'vielen dank', 'viele grüße',
  'beste grüße', 'liebe grüße', 'freundliche grüße', 'mit freundlichen grüßen', 'gruß', 'grüße', 'saludos', 'un saludo', 'atentamente', 'gracias', 'muchas gracias',
  'obrigado', 'obrigada', 'atenciosamente', 'abraços', 'cumprimentos', 'grazie', 'cordiali saluti', 'saluti', 'met vriendelijke groet', 'groeten', 'groet',
  'hälsningar', 'med vänlig hälsning', 'hilsen', 'med venlig hilsen', 'venlig hilsen', 'vennlig hilsen', 'mvh', 'terveisin', 'kiitos', 'pozdrawiam', 'dziękuję',
]
  .sort((a, b) => b.length - a.length)
  .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
  .join('|');

/** A line break, also as a JSON string writes it, and a quoted reply's `> `. */
const BREAK = String.raw`(?:\r?\n|\\n)(?:>[ \t]?)*[ \t]*`;

// A given name alone on the line under a sign-off, with at most one blank line between: the
// signature of an e-mail, a ticket or a quoted reply ("Merci,\nCamille", "> Un saludo,\n> Rocío",
// "Thanks,\n\nNkechi"), also inside a JSON string. The name may be followed by its owner's role
// after a separator ("Andrés · Member Support"). Full names under a sign-off are person-name's; this
// rule takes the one-word ones, which must be in the wider lexicon.
export default defineRule({
  id: 'person-name-signature',
  // Decision (session 77, reversing the forty-eighth session's opt-in): on by default. Over the
  // twenty-four corpora of sessions 75 to 77 it found 48 more labelled names and no false one; the
  // forty-eighth session's corpora had labelled 1 of its 11 findings. The issue names signatures.
  category: 'pii',
  description: "Person's given name alone as a signature under a sign-off ('Thanks,\\n<name>')",
  // (As the keyword pass reads them: grüße as grusse, vänlig as vanlig.)
  keywords: ['thank', 'regards', 'best', 'cheers', 'sincerely', 'wishes', 'merci', 'cordialement', 'bien a vous', 'salutations', 'danke', 'dank', 'grus', 'saludo', 'atentamente', 'gracias', 'obrigad', 'atenciosamente', 'abraco', 'cumprimentos', 'grazie', 'saluti', 'groet', 'halsning', 'hilsen', 'mvh', 'terveisin', 'kiitos', 'pozdrawiam', 'dziekuje'],
  window: { before: 16, after: 80 },
  pattern: new RegExp(
    String.raw`(?:^|\n|\\n)(?:>[ \t]?)*[ \t]*(?:${SIGN_OFFS})[ \t]*[,.!]?[ \t]*${BREAK}(?:${BREAK})?([${UPPER}][${LOWER}]{1,24}(?:-[${UPPER}][${LOWER}]{1,24})?)[ \t]*(?=$|\r?\n|\\[nr]|["<]|[ \t]+[·|–—-][ \t])`,
    'gu',
  ),
  secretGroup: 1,
  validate: (name) => isLoneGivenName(name),
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'Je reste disponible.\n\nMerci,\nGeneviève\n',
      'Best number to reach me is my cell.\n\nThanks,\n\nNkechi',
      '> Un saludo,\n> Rocío\n',
      '{"body": "Vi har frosset kortet.\\n\\nMvh\\nMette"}',
      'Thanks,\nAndrés · Member Support\n',
    ],
    negative: [
      'Thanks,\nTeam Support\n',
      'Regards,\nAdmin\n',
      'Thanks,\nClaude\n',
      'thanks for the quick fix\nAnna said it works',
    ],
  },
});
