import { defineRule, fake } from '../defineRule';
import { ibanChecksum, toIban } from './_checksums';
import { hasContext, NOT_IN_LONGER_NUMBER } from './_context';

/** Labels of a Polish bank account number: rachunek, nr konta, NRB, a payroll's nr_rachunku column. */
const NRB_CONTEXT = /(?<![\p{L}])(?:nr[ _.]?rachunku|rachun(?:ek|ku)|konto|nr[ _.]?konta|numer konta|numer rachunku|nrb|account[ _-]?(?:no|number)|bank[ _-]?account)(?![\p{L}])/iu;

function sample(seed: number): string {
  return toIban('PL', `1020${fake('{d4}', seed)}${fake('{d16}', seed + 1)}`).slice(2);
}

function grouped(nrb: string): string {
  return [nrb.slice(0, 2), ...(nrb.slice(2).match(/\d{4}/gu) ?? [])].join(' ');
}

// A Polish bank account number (NRB): an IBAN without its PL, 26 digits whose first two check the
// rest (mod 97, as the IBAN's do). Written in the bank's groups, 2 then six of 4
// (`61 1090 1014 0000 0712 1981 2874`), it says what it is; 26 digits in one run need a label
// (rachunek, nr konta, a payroll's `nr_rachunku` column). One random number in 97 passes.
export default defineRule({
  id: 'pl-nrb',
  category: 'pii',
  description: 'Polish bank account number (NRB: an IBAN without PL, mod-97 check)',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?<![\w.-])\d{2}(?:( )\d{4}(?:\1\d{4}){5}|\d{24})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const digits = s.replace(/ /gu, '');
    if (!ibanChecksum(`PL${digits}`) || /^\d{2}0{8}/u.test(digits)) return false;
    return s.includes(' ') || hasContext(ctx, NRB_CONTEXT, { before: 64 });
  },
  redactAs: 'iban',
  references: ['https://www.nbp.pl/home.aspx?f=/banknoty_i_monety/nrb.html'],
  examples: {
    positive: [
      `lp;imie;nazwisko;nr_rachunku\n1;Monika;Krawczyk;${grouped(sample(901))}`,
      `| Nr rachunku | ${grouped(sample(903))} |`,
      `Rachunek: ${sample(905)}`,
    ],
    negative: [
      `Rachunek: ${grouped(sample(901)).slice(0, -1)}${(Number(sample(901).slice(-1)) + 1) % 10}`,
      `trace ${sample(907)}`,
    ],
  },
});
