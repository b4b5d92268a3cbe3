import { defineRule, fake } from '../defineRule';
import { calcRvnrCheck, kvnrCheck, kvnrChecksum } from './_checksums';
import { hasContext, isZeroPadded, NOT_IN_LONGER_NUMBER } from './_context';
import { hasRvnrOnLine } from './_deRecord';

const KVNR_CONTEXT = /(?<![a-z])(?:kvnr|krankenversicherten-?(?:nummer|nr)|versicherten-?(?:nummer|nr)|versichertennr|egk|health insurance (?:no|number))/u;

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
  validate: (s, ctx) => kvnrChecksum(s) && !isZeroPadded(s) && (hasContext(ctx, KVNR_CONTEXT, { after: 16 }) || hasRvnrOnLine(ctx)),
  redactAs: 'national-id',
  references: ['https://www.gkv-datenaustausch.de/leistungserbringer/sonstige_leistungserbringer/kvnr/kvnr.jsp'],
  examples: {
    positive: [`Versichertennummer: ${sample(509)}`, `KVNR;Name\n${sample(510)};Hannah Schmidt`, `02|${sample(512)}|${rvnr('43', '220791', 'K', '12')}|MUSTER|A|19860413|W`],
    negative: ['Versichertennummer: A123456780', `Versichertennummer: T0000000${'1'}${kvnrCheck('T', '00000001')}`, `Versichertennummer: ${sample(509).slice(0, 9)}${(Number(sample(509)[9]) + 1) % 10}`, `Rechnung ${sample(511)}`],
  },
});
