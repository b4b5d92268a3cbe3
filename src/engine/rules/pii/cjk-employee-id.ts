import { defineRule, fake } from '../defineRule';
import { columnHeader, headerNamesColumn, isTrivialNumber } from './_context';
import { native } from '../../scan/nativeRegex';

/** A column header of employee numbers in Chinese, Japanese or Korean. */
const EMPLOYEE_NUMBER_HEADER = native(/^(?:工[號号]|員工(?:編號|代號)|员工(?:编号|号)|職員(?:編號|番号)|职员编号|社員(?:番号|No\.?|コード)|従業員(?:番号|コード)|사번|직원[ ]?번호|사원[ ]?번호)$/u);

// An employee's number right after its Chinese, Japanese or Korean label: 工號 / 工号 / 員工編號 /
// 员工编号, 社員番号 / 従業員番号, 사번 / 직원번호 (in a form, a ticket, a mail: `工號：AB20517`,
// `申請人 王小明 (工號 AB20518)`), or in the first column of a staff list headed by such a label,
// the person's name in the next cell. The employee-id rule reads the Latin-script labels and columns.
export default defineRule({
  id: 'cjk-employee-id',
  category: 'pii',
  // Decision (sixtieth session): opt-in, as employee-id has been since the forty-sixth session. The
  // sixtieth session's corpora with CJK staff lists left their employee numbers unlabelled (0 true of
  // 47 findings): a company's own record number, not a person's. A team that counts it switches it on with a level.
  optIn: true,
  description: 'Employee number after its Chinese, Japanese or Korean label (工號, 员工编号, 社員番号, 사번), or under it as a column',
  keywords: [],
  // (A first cell's match ends right before the CJK name of the next cell.)
  nearScript: { before: 16, after: 40 },
  // (Or a row's first cell, a CJK name in the next cell: the header decides, see validate.)
  pattern: /(?:工[號号]|員工(?:編號|代號)|员工(?:编号|号)|職員(?:編號|番号)|职员编号|社員(?:番号|No\.?|コード)|従業員(?:番号|コード)|사번|직원[ \t]?번호|사원[ \t]?번호)[ \t]*[:：#]?[ \t]*((?:[A-Z]{1,4}-?){0,2}\d{3,10})(?![\w-])|(?:^|\n)["']?((?:[A-Z]{1,4}-?){0,2}\d{3,10})(?=["']?[,;\t]["']?[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3])/gu,
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    if (isTrivialNumber(digits) || /^(.)\1+$/u.test(digits)) return false;
    if (ctx.match[2] === undefined) return true;
    // A staff list's first column, headed by an employee-number label (also in a bilingual header: `社員番号/사번`).
    const header = columnHeader(ctx);
    return header !== undefined && headerNamesColumn(header, EMPLOYEE_NUMBER_HEADER);
  },
  redactAs: 'employee-id',
  references: ['https://gdpr-info.eu/art-88-gdpr/'],
  examples: {
    positive: [
      `  姓名：王小明\n  工號：AB${fake('{d5}', 4411)}`,
      `| 申請人 | 李小華 (工號 CY${fake('{d5}', 4412)}) 分機 2425 |`,
      `社員番号: ${fake('{d6}', 4413)}`,
      `사번 ${fake('{d7}', 4414)}`,
      // a Japanese-Korean staff list, its header bilingual
      `社員番号/사번,氏名/성명,所属\nEJ-${fake('{d7}', 4415)},村井 彩乃,東京\nEK-${fake('{d7}', 4416)},한지수,서울\n`,
    ],
    negative: [
      '工號：000000',
      '工號：（待補）',
      '社員番号 123456',
      // a first column of order numbers beside names
      `注文番号,氏名\nA-${fake('{d7}', 4417)},村井 彩乃\n`,
    ],
  },
});
