import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { isValidDate, svnrChecksum, withSvnr } from './_checksums';
import { NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, hasContext, inLongerNumber } from './_context';
import { breakLastDigit, checked } from './_format';

const SVNR_CONTEXT = native(new RegExp(String.raw`(?<![a-z])(?:sv[ _.-]?(?:nr|nummer|number|no)|svnr|vsnr|perid|versicherungs[ _]?n(?:umme)?r|versicherten[ _]?n(?:umme)?r|sozialversicherung|social[ _.-]?security|e-?card|${NATIONAL_ID_LABEL})`, 'u'));

/** The social insurance's published example (1237 010180). */
const SPECIMENS = new Set(['1237010180']);

function sample(serial: string, date: string): string {
  return checked(withSvnr(serial, date), serial + date);
}

// Austria's social security number (Versicherungsnummer, on the e-card): a three-digit serial, a
// check digit (weights 3 7 9 5 8 4 2 1 6, modulo 11) and the birth date DDMMYY, often written
// `1234 010180`. Ten digits pass the check one time in eleven, so a label must be near or name
// the column.
export default defineRule({
  id: 'at-svnr',
  category: 'pii',
  description: 'Austrian social security number (Versicherungsnummer), near a label',
  // (As the keyword pass reads them: SV-Nummer as sv-nummer.)
  keywords: [...NATIONAL_ID_KEYWORDS, 'sv-n', 'sv n', 'sv_n', 'sv.n', 'svnr', 'vsnr', 'versicherungsn', 'versichertenn', 'sozialversicherung', 'social security', 'e-card', 'ecard', 'perid'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w./-])\d{4} ?\d{6}(?![\w/-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const d = s.replace(' ', '');
    if (!svnrChecksum(d) || SPECIMENS.has(d) || inLongerNumber(ctx)) return false;
    const day = Number(d.slice(4, 6));
    const month = Number(d.slice(6, 8));
    const yy = Number(d.slice(8, 10));
    if (!isValidDate(1900 + yy, month, day) && !isValidDate(2000 + yy, month, day)) return false;
    return hasContext(ctx, SVNR_CONTEXT, { before: 64, after: 16 });
  },
  redactAs: 'svnr',
  references: ['https://www.sozialversicherung.at/cdscontent/?contentid=10007.820902'],
  examples: {
    positive: [
      `SV-Nummer: ${sample('417', '150384').replace(/^(\d{4})/u, '$1 ')}`,
      `Personalnr;Name;SV-Nummer;Eintritt\nAT4100;"Gruber, Lena";${sample('268', '020791')};01.01.2019`,
      `beleg_id\tland\tversicherter\tversichertennr\tstatus\nBEL-2\tAT\tA. Beispiel\t${sample('914', '030967').replace(/^(\d{4})/u, '$1 ')}\tOFFEN\n`,
      // an SAP HCM extract of infotype 0002, whose PERID holds the number in Austria
      `PERNR    |CNAME                |GBDAT     |NATIO|PERID       \n---------+---------------------+----------+-----+------------\n00012345 |A. Beispiel          |19800301  |AT   |${sample('533', '010380')}  `,
    ],
    negative: [
      'SV-Nummer: 1237 010180',
      `SV-Nummer: ${breakLastDigit(sample('417', '150384'))}`,
      `Rechnung ${sample('417', '150384')}`,
    ],
  },
});
