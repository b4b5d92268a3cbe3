import { defineRule, fake } from '../defineRule';
import { NOT_SURNAMES, PLACEHOLDER_SURNAMES, foldName } from './_names';

/** A name word: capitalised, with hyphens and apostrophes (`Holmqvist-Arendt`, `O'Brien`). */
const WORD = String.raw`\p{Lu}[\p{Ll}'’]{1,24}(?:-\p{Lu}[\p{Ll}'’]{1,24})?`;

// A mail header's display name written surname first, as directories and Outlook write it:
// `From: "Brückner, Matthias" <m.brueckner@…>`. The address after it decides: its local part must
// spell the surname (and so the person), so a list's or a desk's `"Support, EMEA" <support@…>` is
// none.
export default defineRule({
  id: 'mail-inverted-display-name',
  category: 'pii',
  description: 'A person\'s name written surname first as a mail header\'s display name ("Surname, Given" <address>)',
  keywords: ['from:', 'to:', 'cc:', 'reply-to:', 'bcc:', 'sender:'],
  pattern: new RegExp(
    String.raw`(?<![\w-])(?:From|To|Cc|CC|Bcc|Reply-To|Sender)[ \t]*:[^\n]{0,400}?"(${WORD}(?: ${WORD})?, ${WORD}(?: ${WORD}| \p{Lu}\.)?)"[ \t]*<([\w.+-]{1,64})@`,
    'gu',
  ),
  secretGroup: 1,
  validate: (s, ctx) => {
    const [surnames, givens] = s.split(', ') as [string, string];
    const last = surnames.split(' ').pop() as string;
    if (NOT_SURNAMES.has(last) || PLACEHOLDER_SURNAMES.has(last)) return false;
    const letters = (w: string): string => foldName(w).replace(/[^a-z]/gu, '');
    const local = letters(ctx.match[2] as string);
    const surname = letters(last);
    const given = letters(givens.split(' ')[0] as string);
    // The surname spelled in the address, its umlauts folded or written out (Brückner as brueckner),
    // with the given name or its initial.
    if (surname.length < 2 || given.length === 0 || !(local.includes(surname) || spelledUmlaut(last, local))) return false;
    return local.includes(given) || local.startsWith(given.charAt(0));
  },
  redactAs: 'name',
  references: ['https://www.rfc-editor.org/rfc/rfc5322#section-3.4', 'https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      `From: "Wenlock, Dorothea" <d.wenlock@${fake('{l8}', 101080)}.de>`,
      'Cc: "Holmqvist-Arendt, Henrike" <henrike.holmqvist-arendt@kranich-moebel.de>',
      'From: "Brückner, Matthias" <m.brueckner@brueckner-feinkost.de>',
    ],
    negative: [
      'From: "Support, EMEA" <support-emea@tandem-bikes.de>',
      'To: "Doe, John" <john.doe@tandem-bikes.de>',
      'From: "Wenlock, Dorothea" <accounts@tandem-bikes.de>',
    ],
  },
});

/** The surname's umlauts spelled out in the address (Brückner as brueckner). */
function spelledUmlaut(surname: string, local: string): boolean {
  const spelled = surname.toLowerCase().replace(/ä/gu, 'ae').replace(/ö/gu, 'oe').replace(/ü/gu, 'ue').replace(/ß/gu, 'ss').replace(/[^a-z]/gu, '');
  return spelled.length >= 2 && local.includes(spelled);
}
