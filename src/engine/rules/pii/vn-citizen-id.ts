import type { MatchContext } from '../../types';
import { defineRule, fake } from '../defineRule';
import { NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber } from './_context';

/**
 * Its labels: CCCD (căn cước công dân), the older CMND (chứng minh nhân dân), an id number; a
 * column `so_cccd`, `id_number`.
 */
const CITIZEN_ID_CONTEXT = new RegExp(
  String.raw`cccd|cmnd|c[aă]n c[uư][oớơ]c|ch[uứ]ng minh|c[oô]ng d[aâ]n|citizen[ _]?id|id[ _]?(?:number|no|num)(?![a-z])|${NATIONAL_ID_LABEL}`,
  'u',
);

/** The old identity card's number (CMND, nine digits) is told only by its own label, right before it. */
const CMND_BEFORE = /(?:cmnd|ch[uứ]ng minh(?: nh[aâ]n d[aâ]n)?)(?:[ \t]+(?:c[uũ]|s[oố]|number|no\.?))*[ \t]*[:#]?[ \t]*["']?$/u;

/** A JSON `id` key: an ID-card reader's answer (`"id": "…"` beside `"type_new": "cccd_chip_front"`). */
const ID_KEY_BEFORE = /["']id["'][ \t]*:[ \t]*["']$/u;

/** The provinces' codes that start a CCCD (Hà Nội 001 … Cà Mau 096). */
const PROVINCES = new Set(
  ('001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 044 045 046 048 ' +
    '049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096').split(' '),
);

/** A province code, then a digit for sex and century (0-1 the 1900s, 2-3 from 2000) and the birth year's last two digits. */
function hasCitizenIdForm(id: string): boolean {
  if (!PROVINCES.has(id.slice(0, 3))) return false;
  const g = Number(id[3]);
  if (g > 3) return false;
  const year = (g < 2 ? 1900 : 2000) + Number(id.slice(4, 6));
  return year <= new Date().getFullYear();
}

function isCitizenId(s: string, ctx: MatchContext): boolean {
  if (inLongerNumber(ctx)) return false;
  const before = ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start).toLowerCase();
  if (s.length === 9) return CMND_BEFORE.test(before);
  if (!hasCitizenIdForm(s)) return false;
  if (hasContext(ctx, CITIZEN_ID_CONTEXT, { before: 48, after: 16 })) return true;
  return ID_KEY_BEFORE.test(before) && /cccd|cmnd/u.test(ctx.text.slice(Math.max(0, ctx.start - 2000), ctx.end + 2000).toLowerCase());
}

// Vietnamese citizen identity card number (CCCD, căn cước công dân): twelve digits, the province of
// birth registration (001-096), a digit for sex and century, the birth year's last two digits and
// six random digits. It has no check digit, so the rule checks the province and the year and
// wants a label (or an ID-card reader's answer). Also the older nine-digit CMND, right after its
// own label.
export default defineRule({
  id: 'vn-citizen-id',
  category: 'pii',
  description: 'Vietnamese citizen identity number (CCCD, 12 digits; the older CMND), near a label',
  keywords: [...NATIONAL_ID_KEYWORDS, 'cccd', 'cmnd', 'can cuoc', 'citizen id', 'citizen_id', 'citizenid', 'id_number', 'id number', 'idnumber', 'id_no'],
  window: { before: 2000, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])(?:0\d{11}|\d{9})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => isCitizenId(s, ctx),
  redactAs: 'citizen-id',
  references: ['https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-tu-07-2016-TT-BCA-huong-dan-Luat-Can-cuoc-cong-dan-303374.aspx'],
  examples: {
    positive: [
      `[03/06/2024 09:36] Tùng: CCCD của anh ấy 001084${fake('{d6}', 3101)} nếu cần tra bên KYC`,
      `user_id,ho_ten,so_cccd,ngay_sinh\n7f21,"A. Example",079195${fake('{d6}', 3102)},02/11/1995\n`,
      `{"full_name":"A. Example","id_number":"052091${fake('{d6}', 3103)}","dob":"27/07/1991"}`,
      `Tài khoản đăng ký bằng CMND cũ 0259${fake('{d5}', 3104)}, nay đã đổi sang CCCD.`,
      `{"data": [{"id": "048303${fake('{d6}', 3105)}", "type_new": "cccd_chip_front"}]}`,
    ],
    negative: [
      // no province 003; a sex-and-century digit of 7
      `CCCD: 003084${fake('{d6}', 3101)}`,
      `CCCD: 079788${fake('{d6}', 3101)}`,
      // born in a year still to come
      `so_cccd: 079299${fake('{d6}', 3106)}`,
      // twelve digits without a label
      `napas_ref=079088${fake('{d6}', 3107)} status=PAID`,
      // nine digits without the CMND label
      `CCCD 0259${fake('{d5}', 3104)}`,
    ],
  },
});
