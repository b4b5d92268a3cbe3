import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { calcRvnrCheck, isValidDate, rvnrChecksum } from './_checksums';
import { NATIONAL_ID_LABEL, hasContext, inLongerNumber } from './_context';
import { hasKvnrOnLine } from './_deRecord';

const RVNR_CONTEXT = native(new RegExp(String.raw`(?<![a-z])(?:sv[ _.-]?(?:nr|nummer|number|no|ausweis)|rv[ _.-]?(?:nr|nummer)|rvnr|versicherungs[ _]?n(?:umme)?r|versicherten[ _]?n(?:umme)?r|sozialversicherung|rentenversicherung|social[ _.-]?security|${NATIONAL_ID_LABEL})`, 'u'));

/** The example on the German pension insurance's pages and in most forms (65 180539 W 001). */
const SPECIMENS = new Set(['65180539W001']);

/** An example built from its parts, with its check digit. */
function sample(area: string, date: string, letter: string, serial: string): string {
  const body = `${area}${date}${letter}${serial}`;
  return `${area} ${date} ${letter} ${serial}${calcRvnrCheck(body)}`;
}

// Germany's pension insurance number (Rentenversicherungsnummer), the social security number on
// the SV-Ausweis and on every payslip: area (2 digits), birth date DDMMYY, the birth surname's
// initial, a serial (2 digits) and a check digit (see rvnrChecksum). Written in its groups
// (`65 180539 W 001`) it stands alone; undivided it needs a label or column.
export default defineRule({
  id: 'de-rvnr',
  category: 'pii',
  description: 'German pension insurance (social security) number, Rentenversicherungsnummer',
  keywords: [],
  nearDigits: 'dense',
  pattern: /(?<![\w./-])\d{2}( ?)\d{6}\1[A-Z]\1\d{3}(?![\w/-])/gu,
  validate: (s, ctx) => {
    const v = s.replace(/ /gu, '');
    if (!rvnrChecksum(v) || SPECIMENS.has(v) || inLongerNumber(ctx)) return false;
    const day = Number(v.slice(2, 4));
    const month = Number(v.slice(4, 6));
    const yy = Number(v.slice(6, 8));
    // (A serial of 50 and up marks a woman; the area codes run 02 to 89.)
    if (Number(v.slice(0, 2)) < 2 || Number(v.slice(0, 2)) > 89) return false;
    if (!isValidDate(1900 + yy, month, day) && !isValidDate(2000 + yy, month, day)) return false;
    // (Compact and unlabelled, beside a valid KVNR on the same line: a member record's row.)
    return ctx.match[1] === ' ' || hasContext(ctx, RVNR_CONTEXT, { before: 48, after: 16 }) || hasKvnrOnLine(ctx);
  },
  redactAs: 'rvnr',
  references: ['https://www.deutsche-rentenversicherung.de/DRV/DE/Rente/Allgemeine-Informationen/Versicherungsnummer/versicherungsnummer_node.html'],
  examples: {
    positive: [
      `SV-Nummer: ${sample('24', '211295', 'V', '24')}`,
      `(2102, 'Lukas', 'Hoffmann', '${sample('53', '141189', 'H', '47')}', 'LEJ1')`,
      `"social_security_no": "${sample('12', '030476', 'K', '51').replace(/ /gu, '')}"`,
      // a health insurer's claims export: the insured's number under its column
      `beleg_id\tland\tversicherter\tversichertennr\tstatus\nBEL-1\tDE\tA. Beispiel\t${sample('65', '191184', 'W', '14').replace(/ /gu, '')}\tOFFEN\n`,
    ],
    negative: [
      'Versicherungsnummer: 65 180539 W 001',
      `SV-Nummer: ${sample('24', '211295', 'V', '24').slice(0, -1)}${(Number(sample('24', '211295', 'V', '24').slice(-1)) + 1) % 10}`,
      // no such date
      `SV-Nummer: ${sample('24', '321395', 'V', '24')}`,
      `order ${sample('12', '030476', 'K', '51').replace(/ /gu, '')}`,
    ],
  },
});
