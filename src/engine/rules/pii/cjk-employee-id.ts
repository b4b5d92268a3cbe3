import { defineRule, fake } from '../defineRule';
import { isTrivialNumber } from './_context';

// An employee's number right after its Chinese, Japanese or Korean label: 工號 / 工号 / 員工編號 /
// 员工编号, 社員番号 / 従業員番号, 사번 / 직원번호 (in a form, a ticket, a mail: `工號：AB20517`,
// `申請人 王小明 (工號 AB20518)`). The employee-id rule reads the Latin-script labels and columns.
export default defineRule({
  id: 'cjk-employee-id',
  category: 'pii',
  description: 'Employee number after its Chinese, Japanese or Korean label (工號, 员工编号, 社員番号, 사번)',
  keywords: [],
  nearScript: { before: 4, after: 40 },
  pattern: /(?:工[號号]|員工(?:編號|代號)|员工(?:编号|号)|職員(?:編號|番号)|职员编号|社員(?:番号|No\.?|コード)|従業員(?:番号|コード)|사번|직원[ \t]?번호|사원[ \t]?번호)[ \t]*[:：#]?[ \t]*((?:[A-Z]{1,4}-?){0,2}\d{3,10})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => {
    const digits = s.replace(/\D/gu, '');
    return !isTrivialNumber(digits) && !/^(.)\1+$/u.test(digits);
  },
  redactAs: 'employee-id',
  references: ['https://gdpr-info.eu/art-88-gdpr/'],
  examples: {
    positive: [`  姓名：王小明\n  工號：AB${fake('{d5}', 4411)}`, `| 申請人 | 李小華 (工號 CY${fake('{d5}', 4412)}) 分機 2425 |`, `社員番号: ${fake('{d6}', 4413)}`, `사번 ${fake('{d7}', 4414)}`],
    negative: ['工號：000000', '工號：（待補）', '社員番号 123456'],
  },
});
