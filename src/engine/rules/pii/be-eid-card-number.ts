import { defineRule, fake } from '../defineRule';
import { hasContext } from './_context';

/** Labels of a Belgian identity card's number: eID, kaartnummer, n° de carte, identiteitskaart, carte d'identité, Personalausweis. */
// (Read as normalizeContext writes it: `eID` as `e id`.)
const CARD_CONTEXT = /(?<![a-z])(?:e[ -]?id(?![a-z])|id[ -]?kaart|identiteitskaart|kaartnummer|kaart ?nr|n° de carte|num[ée]ro de carte|carte d'identit[ée]|id card|identity card|card number|personalausweis)/iu;

/** A bank's label before the number: Belgium's old account numbers have the same 3-7-2 shape and check. */
const BANK_BEFORE = /(?:rekening|compte|konto|account|iban|bban|bank)[^\n]{0,24}$/iu;

/** A Belgian eID card's number with its check (the first ten digits mod 97, 97 for 0). */
function hasCardCheck(digits: string): boolean {
  const check = Number(digits.slice(0, 10)) % 97 || 97;
  return check === Number(digits.slice(10));
}

function withCardCheck(ten: string): string {
  const check = Number(ten) % 97 || 97;
  return `${ten.slice(0, 3)}-${ten.slice(3)}-${String(check).padStart(2, '0')}`;
}

// A Belgian identity card's (eID's) number: twelve digits written 3-7-2 (`591-1234567-89`), the last
// two the first ten mod 97. It names the card a person showed, and a seller's or a tenant's KYC
// file keeps it beside their national number. Belgium's old bank account numbers share the shape
// and the check, so the number counts under an eID or card label or column only, not a bank's.
export default defineRule({
  id: 'be-eid-card-number',
  category: 'pii',
  description: 'Belgian identity card (eID) number, 3-7-2 digits with its mod-97 check, under a card label or column',
  keywords: ['eid', 'e-id', 'kaart', 'carte', 'id card', 'identity card', 'card number', 'personalausweis'],
  window: { before: 80, after: 120 },
  columns: true,
  pattern: /(?<![\w-])\d{3}-\d{7}-\d{2}(?![\w-])/gu,
  validate: (s, ctx) => {
    const digits = s.replace(/-/gu, '');
    if (!hasCardCheck(digits) || /^(\d)\1+$/u.test(digits.slice(0, 10))) return false;
    if (BANK_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
    return hasContext(ctx, CARD_CONTEXT, { before: 64 });
  },
  redactAs: 'id-card',
  references: ['https://eid.belgium.be/en', 'https://www.ibz.rrn.fgov.be/fr/documents-didentite/eid/'],
  examples: {
    positive: [
      `Pièce d'identité vérifiée (carte eID n° ${withCardCheck(`59${fake('{d8}', 101540)}`)})`,
      `klant,naam,eid_kaartnummer,postcode\nK-1,A. Voorbeeld,${withCardCheck(`59${fake('{d8}', 101541)}`)},NL\n`,
    ],
    negative: [
      // Belgium's old bank account number: the same shape and check, after a bank's label
      `Rekening: ${withCardCheck(`00${fake('{d8}', 101542)}`)} (eID-lezer aanwezig)`,
      // a check that fails
      'n° de carte eID 591-1234567-00',
    ],
  },
});
