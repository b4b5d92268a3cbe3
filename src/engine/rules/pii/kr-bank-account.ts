import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import { isTrivialNumber } from './_context';
import { KR_BUSINESS_NUMBER_WRITTEN } from './_checksums';

/** A mobile number (a business registration number, 사업자등록번호, is KR_BUSINESS_NUMBER_WRITTEN). */
const MOBILE = native(/^01[016789]-/u);

// A Korean bank account number as banks print it: groups of digits joined by hyphens, 10 to 14
// digits in all (신한 110-…, 농협 302-…-…-…, 카카오뱅크 3333-…), right after the bank's
// name (`신한은행`, `농협`, `카카오뱅크`, `우체국`; also in the cell before, as a payroll export has it)
// or an account word (`계좌`, `계좌번호`, `환불계좌`), with at most a holder's name between. Not a
// business registration number (3-2-5 digits, which a company's account line also carries) nor a
// phone number (010-…).
export default defineRule({
  id: 'kr-bank-account',
  category: 'pii',
  description: 'Korean bank account number after a bank name or an account word (계좌)',
  keywords: [],
  nearScript: { before: 0, after: 48 },
  pattern: /(?:은행|뱅크|농협|신협|수협|우체국|새마을금고|계좌(?:번호)?)[ \t:：,;|]{0,3}(?:[가-힣]{2,4}[ \t]{1,2})?(\d{2,6}-\d{2,7}(?:-\d{1,7}){0,2})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => {
    const digits = s.replace(/-/gu, '');
    if (digits.length < 10 || digits.length > 14 || isTrivialNumber(digits)) return false;
    return !MOBILE.test(s) && !KR_BUSINESS_NUMBER_WRITTEN.test(s);
  },
  redactAs: 'bank-account',
  references: ['https://www.kftc.or.kr/'],
  examples: {
    positive: [
      '환불: 전하늘 신한은행 110-482-913574 01012345678 2,000',
      '사번,성명,급여은행,급여계좌\nMS1,오하늘,농협,302-4417-2286-51,2019-03-04',
      '카카오뱅크 3333-08-2731946 (예금주 유하늘)',
      '입금계좌: 1002-377-140592',
    ],
    negative: ['주문번호 2024-0312-88817', '회사계좌 기업은행 120-81-55210 명의로 이체', '연락처 010-4417-2286', '은행 점검 시간 2024-03-12 02:00', '계좌 1111-111-111111'],
  },
});
