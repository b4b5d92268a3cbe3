import { defineRule, fake } from '../defineRule';
import { COMPANY_FORM, hasContext, isOnCompanyLine } from './_context';
import { native } from '../../scan/nativeRegex';
import { esCccChecksum, ibanChecksum, toIban } from './_checksums';
import { breakLastDigit, group } from './_format';

/** IBAN length per country (SWIFT IBAN registry). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** Specimen IBANs from the registry, banks' help pages and Wikipedia. */
const SPECIMENS = new Set([
  'FR7630006000011234567890189',
  'DE89370400440532013000', 'GB29NWBK60161331926819', 'GB82WEST12345698765432', 'FR1420041010050500013M02606',
  'NL91ABNA0417164300', 'BE68539007547034', 'CH9300762011623852957', 'CH4431999123000889012', 'ES9121000418450200051332',
  'IT60X0542811101000000123456', 'AT611904300234573201', 'CH5604835012345678009', 'DK5000400440116243',
  'FI2112345600000785', 'NO9386011117947', 'PL61109010140000071219812874', 'SE4550000000058398257466',
  'LU280019400644750000', 'IE29AIBK93115212345678', 'PT50000201231234567890154', 'GR1601101250000000012300695',
  'HU42117730161111101800000000', 'CZ6508000000192000145399', 'SK3112000000198742637541', 'SI56263300012039086',
  'EE382200221020145685', 'LT121000011101001000', 'LV80BANK0000435195001', 'HR1210010051863000160',
  'BG80BNBG96611020345678', 'RO49AAAA1B31007593840000', 'MT84MALT011000012345MTLCAST001S',
  'CY17002001280000001200527600', 'IS140159260076545510730339', 'LI21088100002324013AA',
  'MC5811222000010123456789030', 'SM86U0322509800000000270100', 'DE75512108001245126199',
  'GB33BUKB20201555555555', 'DE44500105175407324931', 'DE02120300000000202051', 'NL02ABNA0123456789',
  'DE91100000000123456789', 'DE12500105170648489890', 'AT483200000012345864', 'BE71096123456769',
]);

/**
 * A Spanish IBAN's account number carries its own two control digits (the CCC's DC): one over
 * the bank and branch, one over the account. An IBAN whose mod 97 was computed over a made-up
 * account passes mod 97 and fails these.
 */
function hasValidSpanishControl(v: string): boolean {
  return esCccChecksum(v.slice(4));
}

/** The text's own word for the value: a label or a column (`iban`, `debtor_iban`, `IBAN:`, "mi cuenta …"). */
const IBAN_LABEL = /iban|cuenta|conta|compte|konto|rekening|rachunek|rachunku|account/u;

// Country code + 2 check digits + BBAN (country-specific length), written compact or in groups of
// four. The whole value must have its country's registered length and pass ISO 7064 mod 97-10.
// NOTE: a spaced IBAN whose length is a multiple of four can swallow a following four-character
// upper-case word; the length check then rejects it rather than reporting a wrong range.
/** A SEPA party's name, then its account's opening tags, right before the IBAN (group 1: the name). */
const SEPA_PARTY_NAME = native(/<(?:[A-Za-z]+:)?Nm>([^<]{1,140})<\/(?:[A-Za-z]+:)?Nm>\s*(?:<[^<>]{1,40}>\s*){1,8}<(?:[A-Za-z]+:)?(?:Dbtr|Cdtr)Acct>\s*<(?:[A-Za-z]+:)?Id>\s*<(?:[A-Za-z]+:)?IBAN>$/u);

export default defineRule({
  id: 'iban',
  category: 'pii',
  description: 'International bank account number (IBAN, mod-97 check)',
  // IBANs appear without a label; the pattern starts at two upper-case letters and two digits.
  keywords: [],
  pattern: /(?<![\w-])[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: (?=[A-Z]{0,2}\d)[A-Z0-9]{1,3})?)(?![\w-])/gu,
  nearDigits: true,
  validate: (s, ctx) => {
    const v = s.replace(/ /gu, '');
    const len = IBAN_LENGTHS[v.slice(0, 2)];
    if (len === undefined || v.length !== len) return false;
    // Check digits run 02-98; 00, 01 and 99 pass mod 97 (97 = 0, 98 = 1) but are never issued.
    if (/^..(?:00|01|99)/u.test(v)) return false;
    if (!ibanChecksum(v) || SPECIMENS.has(v)) return false;
    // (Unless the text calls it an IBAN: a generated export's accounts pass mod 97 only, and they
    // stand for customers' accounts all the same.)
    if (v.startsWith('ES') && !hasValidSpanishControl(v) && !hasContext(ctx, IBAN_LABEL, { before: 40 })) return false;
    if (/0{10}|1{10}/u.test(v.slice(4))) return false;
    // A company's account (a legal form on its line or the line above: a vendor list, a letterhead).
    if (isOnCompanyLine(ctx)) return false;
    // A SEPA message's party that is a company: the debtor of a credit transfer (the payer's own
    // account), a supplier paid, a business debited (`<Cdtr><Nm>Bürowelt GmbH</Nm></Cdtr>` then its
    // `<CdtrAcct>`). An employee's or a consumer's account under its own name stays reported.
    const party = SEPA_PARTY_NAME.exec(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start));
    return party === null || !COMPANY_FORM.test(party[1] as string);
  },
  redactAs: 'iban',
  references: ['https://www.swift.com/standards/data-standards/iban-international-bank-account-number'],
  examples: {
    positive: [
      // an employee's salary in the same message: a person's account
      `<Cdtr>\n  <Nm>Jonas Weißenfels</Nm>\n</Cdtr>\n<CdtrAcct>\n  <Id>\n    <IBAN>${toIban('DE', fake('{d18}', 101018))}</IBAN>`,
      // a generated export's Spanish account: mod 97 holds, its own control digits do not, its column says IBAN
      'socio;cuota;iban_domiciliacion\nS-044;30,00;ES41 2100 0418 9902 0005 1332\n',
      'Me han cobrado dos veces el recibo en mi cuenta ES41 2100 0418 9902 0005 1332, ¿lo pueden revisar?',
      // a freelancer's row under a vendor's: the row above is another record
      `id,payee,type,iban,amount\nPAY-40118949,Aruba S.p.A.,company,${toIban('IT', 'S' + fake('{d22}', 187))},8109.35\nPAY-07747485,Inês Sousa,freelancer,${toIban('PT', fake('{d21}', 188))},4636.70`,
      // a bank statement's booking: the account's owner is a person, the counterparty a company
      `"${toIban('DE', fake('{d18}', 595))}";"02.03.24";"KARTENZAHLUNG";"POS //BERLIN";"";"";"Netflix International B.V.";"";"-102,50";"EUR"`,
      `IBAN: ${group(toIban('DE', fake('{d18}', 181)), [4, 4, 4, 4, 4])}`,
      `"iban": "${toIban('FR', fake('{d10}', 182) + fake('{u11}', 183) + fake('{d2}', 184))}"`,
      `Bitte überweisen an ${group(toIban('NL', 'INGB' + fake('{d10}', 185)), [4, 4, 4, 4])} bis Freitag`,
      'Cuenta para el reembolso: ES76 2077 0024 0031 0257 5766',
      // a claim's notes: a repairer's invoice in the entry above, the claimant's account in this one
      `18.11.2026 klo 13.05  Lasku saapunut: Lasi-Esimerkki Oy, 412,60 €.\n20.11.2026 klo 10.44  Maksu tilille ${group(toIban('FI', fake('{d14}', 101142)), [4, 4, 4, 4, 2])}.`,
      // a motor insurer's claims export: the workshop two cells before the policyholder's payout account
      `schaden_nr;vn_name;vn_email;werkstatt;schadenhoehe_eur;auszahlung_iban;status\nKFZ-2024-0187;A. Beispiel;a.beispiel@gmx.de;Autohaus Beispiel GmbH & Co. KG;11401,48;${toIban('DE', fake('{d18}', 101361))};REGULIERT\n`,
    ],
    negative: [
      // a marketplace's payout export: the merchant's type column says it is a company
      `utbetalning_id,handlare,org_nr,typ,kontaktperson,mottagarkonto,belopp\nPO-1,Bergen Sykkelverksted AS,${fake('{d3} {d3} {d3}', 101970)},AS,,${toIban('NO', fake('{d11}', 101971))},3770.69`,
      // a credit transfer's debtor and a supplier paid: companies' accounts
      `<Dbtr>\n  <Nm>Nordlicht Software GmbH</Nm>\n</Dbtr>\n<DbtrAcct>\n  <Id>\n    <IBAN>${toIban('DE', fake('{d18}', 101016))}</IBAN>`,
      `<Cdtr>\n  <Nm>Bürowelt Spandau GmbH</Nm>\n</Cdtr>\n<CdtrAcct>\n  <Id>\n    <IBAN>${toIban('DE', fake('{d18}', 101017))}</IBAN>`,
      `PAY-92244366,Hetzner Online GmbH,${group(toIban('DE', fake('{d18}', 186)), [4, 4, 4, 4, 4])},7123.48`,
      'IBAN: DE89 3704 0044 0532 0130 00',
      'GB29NWBK60161331926819',
      `IBAN: ${group(breakLastDigit(toIban('DE', fake('{d18}', 181))), [4, 4, 4, 4, 4])}`,
      `IBAN: ${toIban('DE', fake('{d17}', 186))}`,
      `IBAN: ${toIban('QQ', fake('{d18}', 181))}`,
      `IBAN check failed for DE00${fake('{d18}', 187)}`,
      // mod 97 holds, the account's own control digits (99) do not, and nothing calls it an IBAN
      'Ref ES41 2100 0418 9902 0005 1332 (batch 7)',
      // a core-banking export's row for a company client: its UID far from the account's cell
      `D|2200417|LEGAL_ENTITY|Talblick Holding AG|||CHE-${fake('{d3}', 188)}.${fake('{d3}', 189)}.${fake('{d3}', 190)}|Bahnhofstrasse 2|8001|Zürich|CH|de|${toIban('CH', fake('{d17}', 191))}|ZRH`,
    ],
  },
});
