import { defineRule, fake } from '../defineRule';
import type { MatchContext } from '../../types';
import { columnHeader, isOnTestRecordLine } from './_context';
import { native } from '../../scan/nativeRegex';

/** A CI's or a DI's key right before the value: `"ci": "`, `ci=`, `"di_value":"`, `connInfo: '`. */
const KEY_BEFORE = native(/(?:^|[\s{,(&?"'])(?:ci|di|CI|DI|ci_?value|di_?value|ciValue|diValue|conn_?info|connInfo|dup_?info|dupInfo)["']?[ \t]*[:=][ \t]*["']?$/u);

/** Their columns: CI, DI, ci_value, di_value, conn_info, dup_info. */
const HEADER = native(/^["'`]?(?:ci|di|ci_?value|di_?value|conn_?info|dup_?info)["'`]?$/iu);

/** A CI (64 bytes, 88 characters of base64 with its padding) or a DI (48 bytes, 64 characters). */
function isCiOrDiShape(s: string): boolean {
  if (s.length === 88 ? !s.endsWith('==') : s.length !== 64) return false;
  // Not a SHA-256 in hex, nor a run of one letter.
  return !/^[0-9a-fA-F]+$/u.test(s) && /[A-Z]/u.test(s) && /[a-z]/u.test(s) && /\d/u.test(s);
}

function isUnderKeyOrColumn(ctx: MatchContext): boolean {
  if (KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))) return true;
  const header = columnHeader(ctx);
  return header !== undefined && HEADER.test(header.trim());
}

// A Korean identity-verification result's CI (연계정보, connecting information) or DI (중복가입확인
// 정보, duplicate-joining information): values that the verification agencies (NICE, KCB, PASS)
// derive from the person's resident registration number and hand to every site the person
// verifies with. The CI is the same for one person across all sites, so it links their accounts
// as the number itself would; the Personal Information Protection Commission counts both as
// personal information. Reported under their keys or columns only: a bare base64 string is a hash
// or a key as often.
export default defineRule({
  id: 'kr-ci-di',
  category: 'pii',
  description: "Korean identity-verification CI or DI (88 or 64 characters of base64) under its key or column (ci, di, conn_info)",
  keywords: ['"ci"', "'ci'", 'ci:', 'ci=', ',ci,', 'ci,di', '"di"', "'di'", 'di:', 'di=', ',di,', 'ci_value', 'civalue', 'di_value', 'divalue', 'conn_info', 'conninfo', 'dup_info', 'dupinfo'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![A-Za-z0-9+/=])(?:[A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{64})(?![A-Za-z0-9+/=])/gu,
  validate: (s, ctx) => isCiOrDiShape(s) && isUnderKeyOrColumn(ctx) && !isOnTestRecordLine(ctx),
  redactAs: 'kr-ci',
  references: ['https://www.niceid.co.kr/', 'https://www.pipc.go.kr/'],
  examples: {
    positive: [
      `{"kakao_account": {"name": "김예시", "ci": "${fake('{b86}', 102087)}==", "ci_authenticated_at": "2024-06-01T00:00:00Z"}}`,
      `인증ID,회원번호,성명,휴대폰번호,CI,DI,결과\nNICE-1,KM-1,김예시,01000000000,${fake('{b86}', 102088)}==,${fake('{b64}', 102089)},성공\n`,
    ],
    negative: [
      // a SHA-256 under di, a bare base64 value, and a key's value of the CI's length
      `{"di": "${fake('{h64}', 102090)}"}`,
      `payload=${fake('{b86}', 102091)}==`,
      `{"signature": "${fake('{b86}', 102092)}=="}`,
    ],
  },
});
