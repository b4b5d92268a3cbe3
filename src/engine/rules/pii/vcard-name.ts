import { defineRule } from '../defineRule';

// A contact card's name (vCard, RFC 6350, as phones, Outlook and CRMs export contacts): the
// formatted name `FN:` and the structured name `N:` (family;given;additional;prefix;suffix), in
// a text that holds a card. A card for a company leaves N empty or names the company in FN with an
// ORG line of the same value; such values are not reported.
export default defineRule({
  id: 'vcard-name',
  category: 'pii',
  description: "Person's name in a contact card (vCard FN: and N: lines)",
  keywords: ['begin:vcard'],
  window: { before: 0, after: 2000 },
  pattern: /(?:^|\n)(?:FN|N)(?:;[^:\r\n]{0,80})?:([^\r\n]{2,120}?)[ \t]*(?=\r?\n|$)/gu,
  secretGroup: 1,
  validate: (value, ctx) => {
    // (N's empty parts, `;;;`, count for nothing; a name has letters.)
    const parts = value.split(';').filter((p) => p.trim() !== '');
    if (parts.length === 0 || !parts.every((p) => /\p{L}/u.test(p))) return false;
    // A company's card: its ORG line holds the same name.
    const card = ctx.text.slice(ctx.end, ctx.end + 400);
    const org = /\nORG(?:;[^:\r\n]{0,40})?:([^\r\n;]{1,120})/u.exec(card)?.[1];
    return org === undefined || org.trim() !== parts.join(' ').trim();
  },
  redactAs: 'name',
  references: ['https://www.rfc-editor.org/rfc/rfc6350#section-6.2.1'],
  examples: {
    positive: ['BEGIN:VCARD\nVERSION:3.0\nFN:Ana Pérez Rojas\nN:Pérez Rojas;Ana;;;\nTEL;TYPE=CELL:+56 9 0000 0000\nEND:VCARD'],
    negative: ['BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Solar Andes SpA\nORG:Solar Andes SpA\nEND:VCARD', 'FN:Ana Pérez Rojas\nN:Pérez Rojas;Ana;;;'],
  },
});
