import { defineRule, fake } from '../defineRule';
import { luhn, withLuhn } from './_checksums';
import { hasContext, inLongerNumber, isOnPlaceholderPersonLine, isOnTestRecordLine, NOT_IN_LONGER_NUMBER } from './_context';
import { hasDateAt } from './_dates';

/** Labels of a South African identity number, also the column headers of bookings and KYC exports. */
const ZA_CONTEXT = /(?<![a-z])(?:(?:rsa|sa|za|south african)[ _-]?id|id[ _-]?(?:no|nr|number|num|#)|identity(?: number| no)?|identiteitsnommer|id-nommer|national id|id(?:[ _-]?(?:type|doc))?)(?![a-z])/iu;

/** Words of a South African text: the calling code, cities, the revenue service and its forms (IRP5, EMP501, eFiling, an employer's UIF and SDL references), banks' collection schemes, the rand. */
export const ZA_HINTS = ['+27', 'south africa', 'johannesburg', 'cape town', 'durban', 'pretoria', 'soweto', 'gauteng', 'kwazulu', 'sars', 'debicheck', 'naedo', 'capitec', 'nedbank', '.co.za', 'zar ', 'efiling', 'irp5', 'emp501', 'emp201', 'uif ref', 'sdl ref'];

function sample(seed: number): string {
  const yy = String(50 + (seed % 49)).padStart(2, '0');
  const mm = String(1 + (seed % 12)).padStart(2, '0');
  const dd = String(1 + (seed % 28)).padStart(2, '0');
  return withLuhn(`${yy}${mm}${dd}${fake('{d4}', seed)}${seed % 2}8`);
}

// The South African identity number: thirteen digits, YYMMDD the holder's birth date, four digits
// (gender), 0 for a citizen or 1 for a resident, 8 (9 on old numbers), and a Luhn check digit.
// The date, the two fixed digits and the check digit leave about one random number in 7,000
// through; a label, a column header or the ID's type must be near, or else the text must be South
// African (ZA_HINTS) and the birth date a real date.
export default defineRule({
  id: 'za-id-number',
  category: 'pii',
  description: 'South African identity number (YYMMDD SSSS C A Z, Luhn check digit), near a label',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`\d(?<![\w.-]\d)\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])( ?)\d{4}\1[01][89]\d(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  hints: ZA_HINTS,
  validate: (s, ctx) => {
    const digits = s.replace(/ /gu, '');
    if (!luhn(digits) || inLongerNumber(ctx)) return false;
    if (hasContext(ctx, ZA_CONTEXT, { before: 64 })) return true;
    return ZA_HINTS.some(ctx.hasHint) && hasDateAt(digits, 0, 'YYMMDD', [1900, 2000]) && !isOnPlaceholderPersonLine(ctx) && !isOnTestRecordLine(ctx);
  },
  redactAs: 'national-id',
  references: ['https://www.westerncape.gov.za/general-publication/decoding-your-south-african-id-number-0'],
  examples: {
    positive: [`ID number: ${sample(621)}`, `03/06/2024, 09:17 - A. Member: ${sample(624)} polis, debit order from Capitec please`, `name,dob,id_type,id_no\nThandeka Mokoena,1985-03-12,RSA_ID,${sample(622)}`],
    negative: [`ID number: ${sample(621).slice(0, -1)}${(Number(sample(621).slice(-1)) + 1) % 10}`, `order ${sample(623)} shipped`, 'ID: 1700000000000', `order ${withLuhn('840230' + fake('{d4}', 625) + '08')} shipped from Durban`],
  },
});
