import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { calcRvnrCheck, kvnrCheck, kvnrChecksum } from './_checksums';
import { hasContext, isOnPlaceholderPersonLine, isZeroPadded, NOT_IN_LONGER_NUMBER } from './_context';
import { hasRvnrOnLine } from './_deRecord';

const KVNR_CONTEXT = /(?<![a-z])(?:kvnr|krankenversicherten-?(?:nummer|nr)|versicherten-?(?:nummer|nr)|versichertennr|mitglieds-?(?:nummer|nr)|egk|health insurance (?:no|number))/u;

/**
 * An HL7 v2 identifier's components after the number, up to its type code `KVNR` (a PID-3
 * repetition: `…^^^VITALIS&1.2.276.0.76.4.8&ISO^KVNR`): the number's label, after its assigning authority.
 */
const HL7_KVNR_TYPE = native(/^\^{3}[^|\r\n^]{0,80}\^KVNR(?![A-Za-z])/u);

/** A compact RVNR with its check digit, for a record's row. */
function rvnr(area: string, date: string, letter: string, serial: string): string {
  const body = `${area}${date}${letter}${serial}`;
  return `${body}${calcRvnrCheck(body)}`;
}

function sample(seed: number): string {
  const letter = String.fromCharCode(65 + (seed % 26));
  const d = fake('{d8}', seed);
  return letter + d + String(kvnrCheck(letter, d));
}

// The German health insurance number (Krankenversichertennummer, KVNR) on the eGK card: a letter,
// eight digits and a check digit. A label must be near (Versichertennummer, KVNR), or a valid
// pension insurance number on the same line (a member record's row: see _deRecord.ts).
export default defineRule({
  id: 'de-kvnr',
  category: 'pii',
  description: 'German health insurance number (KVNR, check digit), near a label',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?<![\w.-])[A-Z]\d{9}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  // (Or, without a label, beside a valid RVNR on the same line: a member record's row.)
  // (Not a test record's zero-padded number: `A000000002`.)
  // (Nor a test record's: a row with a placeholder person or a reserved domain's address on it.)
  validate: (s, ctx) =>
    kvnrChecksum(s) &&
    !isZeroPadded(s) &&
    (hasContext(ctx, KVNR_CONTEXT, { after: 16 }) || HL7_KVNR_TYPE.test(ctx.text.slice(ctx.end, ctx.end + 100)) || hasRvnrOnLine(ctx)) &&
    !isOnPlaceholderPersonLine(ctx),
  redactAs: 'national-id',
  references: ['https://www.gkv-datenaustausch.de/leistungserbringer/sonstige_leistungserbringer/kvnr/kvnr.jsp'],
  examples: {
    positive: [
      `Versichertennummer: ${sample(509)}`,
      // an HL7 patient's identifier, its type code KVNR after the assigning authority; a member's record
      `PID|1||${sample(513)}^^^KESTREL&1.2.276.0.76.4.8&ISO^KVNR||Brandlmeier^Helga||19810423|F`,
      `{"mitgliedsnummer": "${sample(514)}", "beitragsrueckstand": 412.50}`, `KVNR;Name\n${sample(510)};Hannah Schmidt`, `02|${sample(512)}|${rvnr('43', '220791', 'K', '12')}|MUSTER|A|19860413|W`],
    negative: [
      // a synthetic test record: a placeholder person with a reserved domain's address
      `KVNR;Name;Vorname;E-Mail\n${sample(515)};Mustermann;Test01;test01@example.com`,
      'Versichertennummer: A123456780', `Versichertennummer: T0000000${'1'}${kvnrCheck('T', '00000001')}`, `Versichertennummer: ${sample(509).slice(0, 9)}${(Number(sample(509)[9]) + 1) % 10}`, `Rechnung ${sample(511)}`],
  },
});
