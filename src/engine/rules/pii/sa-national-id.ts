import { defineRule, fake } from '../defineRule';
import { luhn, withLuhn } from './_checksums';
import { hasContext, inLongerNumber, isOnPlaceholderPersonLine, isOnTestRecordLine, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

/** Labels of a Saudi national id or iqama number, in English and Arabic (رقم الهوية, الإقامة). */
const SA_ID_CONTEXT =
  /(?<![a-z])(?:nid|national[ _-]?id|nationalid|iqama(?:[ _-]?(?:no|number))?|id[ _-]?(?:number|no)|saudi[ _-]?id|resident[ _-]?id|muqeem)(?![a-z])|رقم الهوية|الهوية الوطنية|رقم الإقامة|الإقامة|هوية مقيم|السجل المدني/iu;

// A Saudi national identity number (1…, citizens) or iqama number (2…, residents): ten digits, the
// last a Luhn check digit. Ten digits starting with 1 are also Unix timestamps, and one random
// number in ten passes Luhn, so a label must be near: NID, iqama, رقم الهوية, an id_number column.
export default defineRule({
  id: 'sa-national-id',
  category: 'pii',
  description: 'Saudi national id or iqama number (10 digits, 1 or 2 first, Luhn check), near a label',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?<![\w.-])[12]\d{9}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => luhn(s) && !isTrivialNumber(s) && !/^[12]0{5}/u.test(s) && !inLongerNumber(ctx) && hasContext(ctx, SA_ID_CONTEXT, { before: 64 }) && !isOnPlaceholderPersonLine(ctx) && !isOnTestRecordLine(ctx),
  redactAs: 'national-id',
  references: ['https://www.absher.sa/'],
  examples: {
    positive: [
      `account_no,customer_name,id_type,id_number,mobile\n28419621999,A. Person,NID,${withLuhn('1' + fake('{d8}', 881))},0534415484`,
      `أنا عمر، رقم الهوية الوطنية ${withLuhn('1' + fake('{d8}', 882))}، ورقم الحساب 25010019216.`,
      `refund rejected: nationalId=${withLuhn('1' + fake('{d8}', 883))} reason=NAME_MISMATCH`,
      `Iqama: ${withLuhn('2' + fake('{d8}', 884))}`,
    ],
    negative: [
      `Iqama: ${breakLastDigit(withLuhn('2' + fake('{d8}', 884)))}`,
      `"ts": ${withLuhn('17' + fake('{d7}', 885))}`,
      'national id: 1000000008, id_number=1234567897',
    ],
  },
});
