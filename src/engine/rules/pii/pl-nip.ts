import { defineRule } from '../defineRule';
import { nipChecksum, withNip } from './_checksums';
import { columnHeader, hasContext, inLongerNumber, isOnCompanyLine, isTrivialNumber } from './_context';
import { breakLastDigit, checked } from './_format';
import { native } from '../../scan/nativeRegex';

const NIP_CONTEXT = /(?<![a-z])(?:nip|numer identyfikacji podatkowej|vat[ _-]?(?:id|no|nr|number|eu)?|tax[ _-]?id)(?![a-z])/u;

/** A column header that says the NIP is a company's (firma, spółka, a supplier's, an employer's); a buyer's or a seller's may be a sole trader's. */
const COMPANY_NIP_HEADER = native(/(?:firm[ayi]|spółk[ia]|spolk[ia]|company|companies|dostawc[yów]|pracodawc[yów]|przedsiębiorstwa|przedsiebiorstwa|employer|supplier|vendor)/u);

/** The widely copied example 123-456-32-18. */
const SPECIMENS = new Set(['1234563218']);

function sample(body9: string): string {
  return checked(withNip(body9), body9);
}

// Poland's tax identification number (NIP), of companies and of self-employed people (a courier's
// sole trade): ten digits, the last a weighted check modulo 11, written 123-456-78-90,
// 123-45-67-890, undivided or as an EU VAT number (PL…). One ten-digit number in eleven passes,
// so a NIP or VAT label must be near or name the column.
export default defineRule({
  id: 'pl-nip',
  category: 'pii',
  description: 'Polish tax identification number (NIP), near a label',
  // (Not `vat` alone: it hides in `private`.)
  keywords: ['nip:', 'nip ', 'nip;', 'nip,', 'nip"', "nip'", 'nip\t', 'nip\n', 'nip=', 'nip-', 'nip_', 'identyfikacji podatkowej', 'vat id', 'vat-id', 'vat_id', 'vatid', 'vat no', 'vat nr', 'vat number', 'vat:', 'tax id', 'tax_id', 'taxid'],
  window: { before: 48, after: 4000 },
  columns: true,
  pattern: /(?<![\w./-])(?:PL ?)?(?:\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3}|\d{10})(?![\w/-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    if (!nipChecksum(d) || SPECIMENS.has(d) || isTrivialNumber(d) || inLongerNumber(ctx)) return false;
    // A company's row (`… sp. z o.o.;<NIP>`): its NIP is the company's, public in its registry.
    if (!hasContext(ctx, NIP_CONTEXT, { before: 48, after: 0 })) return false;
    // A column of the companies' NIPs (`nip_firmy`, `NIP spółki`, `company_nip`): a client list's firms.
    const header = columnHeader(ctx);
    if (header !== undefined && COMPANY_NIP_HEADER.test(header)) return false;
    return !isOnCompanyLine(ctx);
  },
  redactAs: 'nip',
  references: ['https://www.podatki.gov.pl/nip/'],
  examples: {
    positive: [
      `NIP: ${sample('196743778').replace(/^(\d{3})(\d{3})(\d{2})(\d{2})$/u, '$1-$2-$3-$4')}`,
      `Imię i nazwisko;PESEL;NIP;Telefon\nMagdalena Nowicka;84092038004;${sample('823021144')};+48 889 950 050`,
    ],
    negative: [
      'NIP: 123-456-32-18',
      `NIP: ${breakLastDigit(sample('196743778'))}`,
      `zamówienie ${sample('196743778')}`,
      // a client list's column of its client companies' NIPs (a name without a legal form), their contacts beside them
      `firma,nip_firmy,osoba_kontaktowa\n"Herbaciarnia Przykładowa",${sample('482016733').replace(/^(\d{3})(\d{3})(\d{2})(\d{2})$/u, '$1-$2-$3-$4')},A. Przykład\n`,
      `id;firma;NIP;e-mail\n7;Ogrody Przykładowe sp. z o.o.;${sample('296743771')};biuro@ogrody.example\n`,
    ],
  },
});
