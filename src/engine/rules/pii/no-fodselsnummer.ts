import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import { fodselsnummerChecksum, isValidDate, withFodselsnummer } from './_checksums';
import { DATA_SUBJECT_KEYWORDS, DATA_SUBJECT_LABEL, NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, hasContext, inLongerNumber } from './_context';
import { breakLastDigit, checked } from './_format';

const FNR_CONTEXT = native(new RegExp(String.raw`f(?:ø|o|oe)dsels ?(?:nummer|nr)|(?<![a-z])f\.? ?nr(?![a-z])|(?<![a-z])d-? ?(?:nummer|nr)(?![a-z])|person ?n(?:umme)?r|norwegian id|norsk ?identifikator|(?<![a-z])nnin(?![a-z])|${NATIONAL_ID_LABEL}|${DATA_SUBJECT_LABEL}`, 'u'));

/**
 * True when DDMMYY is a real date for the century the individual digits give (000-499: 1900s;
 * 500-749: 1854-1899; 500-999: 2000-2039; 900-999: 1940s-1990s). A D-number adds 40 to the day,
 * an H-number 40 to the month, and the tax authority's synthetic test numbers 80 to the month.
 */
function hasBirthDate(d: string): boolean {
  let day = Number(d.slice(0, 2));
  let month = Number(d.slice(2, 4));
  const yy = Number(d.slice(4, 6));
  const individual = Number(d.slice(6, 9));
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  const years: number[] = [];
  if (individual <= 499) years.push(1900 + yy);
  if (individual >= 500 && individual <= 749 && yy >= 54) years.push(1800 + yy);
  if (individual >= 500 && yy <= 39) years.push(2000 + yy);
  if (individual >= 900 && yy >= 40) years.push(1900 + yy);
  return years.some((y) => isValidDate(y, month, day));
}

/** An example from a nine-digit body whose check digits exist (fixed bodies, so examples stay stable). */
function sample(body9: string): string {
  return checked(withFodselsnummer(body9), body9);
}

// Norway's national identity number (fødselsnummer, and the D-number of residents without one):
// DDMMYY, three individual digits and two mod-11 check digits, eleven in all, sometimes with a space
// after the date. One in 121 eleven-digit numbers passes both checks, and Brazilian CPFs, Polish
// PESELs and Belgian numbers are eleven digits too, so a label must be near or name the column.
export default defineRule({
  id: 'no-fodselsnummer',
  category: 'pii',
  description: 'Norwegian national identity number (fødselsnummer, D-number), near a label',
  // (As the keyword pass reads them: fødselsnummer as fodselsnummer.)
  keywords: [...NATIONAL_ID_KEYWORDS, ...DATA_SUBJECT_KEYWORDS, 'fodselsn', 'foedselsn', 'fnr', 'f.nr', 'd-nummer', 'd-nr', 'dnummer', 'personnummer', 'personnr', 'norwegian id', 'nnin', 'norskidentifikator'],
  // A label's line, or the rows under a column header.
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w./+-])\d{6} ?\d{5}(?![\w/-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const digits = s.replace(' ', '');
    return fodselsnummerChecksum(digits) && hasBirthDate(digits) && !inLongerNumber(ctx) && hasContext(ctx, FNR_CONTEXT, { before: 64, after: 16 });
  },
  redactAs: 'fodselsnummer',
  references: ['https://www.skatteetaten.no/en/person/national-registry/identitetsnummer/fodselsnummer/'],
  examples: {
    positive: [
      `Fødselsnummer: ${sample('240391468')}`,
      // an a-melding's income recipient, its Norwegian id under the report's own key
      `"inntektsmottaker": {\n  "norskIdentifikator": "${sample('120875332')}",`,
      `BankIdNoCallback - OIDC callback ok sub=de4ef9d9 nnin=${sample('201090174')} player=P-1`,
      `"national_id": "${sample('030787512')}",`,
      `ansattnr;navn;fnr;konto\nA17;Kari Haugen;${sample('110578235')};NO93 8601 1117 947`,
      `D-nummer ${sample('520498174').replace(/^(\d{6})/u, '$1 ')}`,
      // a pharmacy's access audit: the data subject whose prescriptions were opened
      `2024-05-06T08:00:00Z actor=apo.example role=pharmacist action=EXPORT_PDF subject=${sample('110571236')} registry=RF`,
    ],
    negative: [
      `Fødselsnummer: ${breakLastDigit(sample('240391468'))}`,
      `order ${sample('240391468')} shipped`,
      // no such date: month 13
      `fnr ${sample('241391468')}`,
    ],
  },
});
